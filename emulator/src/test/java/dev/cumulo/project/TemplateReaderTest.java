package dev.cumulo.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {
  @TempDir Path dir;

  private Project read(String yaml) throws IOException {
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, yaml);
    return TemplateReader.read(file, TemplateReader.Options.defaults());
  }

  private static final String APP =
      """
      AWSTemplateFormatVersion: '2010-09-09'
      Transform: AWS::Serverless-2016-10-31
      Parameters:
        Stage:
          Type: String
          Default: dev
      Globals:
        Function:
          Runtime: nodejs20.x
          Timeout: 10
          Environment:
            Variables:
              STAGE: !Ref Stage
              SHARED: global
      Resources:
        Uploads:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: !Sub "uploads-${Stage}-${AWS::AccountId}"
        Jobs:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: 60
            RedrivePolicy:
              deadLetterTargetArn: !GetAtt JobsDlq.Arn
              maxReceiveCount: 3
        JobsDlq:
          Type: AWS::SQS::Queue
        Api:
          Type: AWS::Serverless::Function
          Properties:
            CodeUri: src/
            Handler: app.handler
            MemorySize: 256
            Environment:
              Variables:
                BUCKET: !Ref Uploads
                QUEUE_URL: !Ref Jobs
                SHARED: own
            Events:
              Hello:
                Type: HttpApi
                Properties:
                  Path: /hello/{name}
                  Method: get
              Upload:
                Type: S3
                Properties:
                  Bucket: !Ref Uploads
                  Events: s3:ObjectCreated:*
                  Filter:
                    S3Key:
                      Rules:
                        - Name: suffix
                          Value: .jpg
              Work:
                Type: SQS
                Properties:
                  Queue: !GetAtt Jobs.Arn
                  BatchSize: 5
                  FunctionResponseTypes: [ReportBatchItemFailures]
              Nightly:
                Type: Schedule
                Properties:
                  Schedule: cron(0 3 * * ? *)
        Worker:
          Type: AWS::Serverless::Function
          Properties:
            FunctionName: !Sub "${AWS::StackName}-worker"
            CodeUri: worker/
            Handler: worker.handle
            Runtime: python3.12
            Architectures: [arm64]
            ReservedConcurrentExecutions: 2
      """;

  @Test
  void globalsMergeIntoFunctionsWithTheFunctionWinning() throws IOException {
    FunctionSpec api = read(APP).function("Api").orElseThrow();
    assertEquals("nodejs20.x", api.runtime());
    assertEquals(10, api.timeout());
    assertEquals(256, api.memorySize());
    assertEquals(
        Map.of(
            "STAGE", "dev",
            "SHARED", "own",
            "BUCKET", "uploads-dev-000000000000",
            "QUEUE_URL", "http://127.0.0.1:4566/000000000000/Jobs"),
        api.environment());
    assertEquals(Optional.of(dir.resolve("src").toAbsolutePath().normalize()), api.codeUri());
  }

  @Test
  void functionsWithoutSettingsGetLambdasDefaults() throws IOException {
    FunctionSpec worker = read(APP).function("cumulo-worker").orElseThrow();
    assertEquals("Worker", worker.logicalId());
    assertEquals(128, worker.memorySize());
    assertEquals(10, worker.timeout());
    assertEquals("arm64", worker.architecture());
    assertEquals(2, worker.reservedConcurrency().getAsInt());
  }

  @Test
  void eventsAreReadWithTheirResolvedReferences() throws IOException {
    List<EventSource> events = read(APP).function("Api").orElseThrow().events();
    assertEquals(4, events.size());
    EventSource.HttpApi http = (EventSource.HttpApi) events.get(0);
    assertEquals(List.of("/hello/{name}", "GET", "2.0"), List.of(http.path(), http.method(), http.payloadFormatVersion()));
    EventSource.S3 s3 = (EventSource.S3) events.get(1);
    assertEquals("uploads-dev-000000000000", s3.bucket());
    assertEquals(Map.of("suffix", ".jpg"), s3.filterRules());
    EventSource.Sqs sqs = (EventSource.Sqs) events.get(2);
    assertEquals("arn:aws:sqs:us-east-1:000000000000:Jobs", sqs.queueArn());
    assertEquals(5, sqs.batchSize());
    assertTrue(sqs.reportBatchItemFailures());
    assertEquals("cron(0 3 * * ? *)", ((EventSource.Schedule) events.get(3)).expression());
  }

  @Test
  void queuesKeepTheirPropertiesWithResolvedArns() throws IOException {
    QueueSpec jobs = read(APP).queues().get(0);
    assertEquals("Jobs", jobs.queueName());
    assertEquals(
        Map.of("deadLetterTargetArn", "arn:aws:sqs:us-east-1:000000000000:JobsDlq", "maxReceiveCount", 3L),
        jobs.properties().get("RedrivePolicy"));
  }

  @Test
  void anUnsupportedRuntimeNamesTheFileResourceAndLine() throws IOException {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () ->
                read(
                    """
                    Resources:
                      Old:
                        Type: AWS::Serverless::Function
                        Properties:
                          Runtime: nodejs8.10
                          Handler: index.handler
                          CodeUri: .
                    """));
    assertEquals("Old", e.resource());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("template.yaml:3: resource Old: Runtime 'nodejs8.10' is not supported"), e.getMessage());
  }

  @Test
  void aRefToNothingIsReportedWhereItIs() throws IOException {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () ->
                read(
                    """
                    Resources:
                      Fn:
                        Type: AWS::Serverless::Function
                        Properties:
                          Runtime: python3.12
                          Handler: app.handler
                          CodeUri: .
                          Environment:
                            Variables:
                              X: !Ref Missing
                    """));
    assertEquals(10, e.line());
    assertTrue(e.getMessage().contains("!Ref Missing names no parameter or resource"), e.getMessage());
  }

  @Test
  void brokenYamlIsReportedWithItsLine() throws IOException {
    TemplateException e = assertThrows(TemplateException.class, () -> read("Resources:\n  A: [\n  b: c\n"));
    assertTrue(e.line() > 0);
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  @Test
  void conditionsDropResourcesAndPickValues() throws IOException {
    Project project =
        read(
            """
            Parameters:
              Env: {Type: String, Default: prod}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Not [!Condition IsProd]
            Resources:
              DevOnly:
                Type: AWS::SQS::Queue
                Condition: IsDev
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java21
                  Handler: a.B::handle
                  CodeUri: target/fn.jar
                  MemorySize: !If [IsProd, 1024, 128]
                  Environment:
                    Variables:
                      JOINED: !Join ["-", [a, !Select [1, !Split [",", "x,y,z"]]]]
                      LITERAL: !Sub "${!NotAVar}"
            """);
    assertEquals(List.of(), project.queues());
    FunctionSpec fn = project.functions().get(0);
    assertEquals(1024, fn.memorySize());
    assertEquals(Map.of("JOINED", "a-y", "LITERAL", "${NotAVar}"), fn.environment());
  }

  @Test
  void memoryOutsideLambdasRangeIsRejected() throws IOException {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () ->
                read(
                    """
                    Resources:
                      Fn:
                        Type: AWS::Serverless::Function
                        Properties: {Runtime: python3.12, Handler: a.b, CodeUri: ., MemorySize: 64}
                    """));
    assertTrue(e.getMessage().contains("MemorySize 64 is outside Lambda's range of 128 to 10240 MB"), e.getMessage());
  }
}
