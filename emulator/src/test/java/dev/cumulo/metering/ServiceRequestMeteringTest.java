package dev.cumulo.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.cost.usage.Origin;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.cost.usage.Service;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import dev.cumulo.recorder.ServiceRequestRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

class ServiceRequestMeteringTest {
  private static final String WRITER = """
      import os, urllib.request
      def handler(event, context):
          request = urllib.request.Request(os.environ["AWS_ENDPOINT_URL"] + "/photos/from-function.txt",
              data=b"0123456789", method="PUT", headers={"X-Amzn-Trace-Id": os.environ["_X_AMZN_TRACE_ID"]})
          urllib.request.urlopen(request).read()
          return "written"
      """;

  @TempDir Path dir;

  @Test
  void everyS3AndSqsRequestIsRecordedWithItsOperationSizesAndTheInvocationThatSentIt() {
    String fromFunction;
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Photos:
            Type: AWS::S3::Bucket
            Properties: {BucketName: photos}
          Writer:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/}
        """,
        "src/app.py", WRITER))) {
      cloud.s3().putObject(b -> b.bucket("photos").key("a.txt"), RequestBody.fromString("hello world"));
      cloud.s3().getObjectAsBytes(b -> b.bucket("photos").key("a.txt"));
      String queue = cloud.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();
      cloud.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("job-1"));
      InvokeResponse written = cloud.lambda().invoke(b -> b.functionName("Writer"));
      assertEquals("\"written\"", written.payload().asUtf8String());
      fromFunction = written.responseMetadata().requestId();
      cloud.emulator().recorder().flush();

      List<ServiceRequestRecord> recorded = new ArrayList<>();
      cloud.emulator().recorder().forEachServiceRequest(recorded::add);
      assertEquals(List.of("s3 photos PutObject", "s3 photos GetObject", "sqs jobs CreateQueue", "sqs jobs SendMessage",
              "s3 photos PutObject"),
          recorded.stream().map(r -> r.request().service() + " " + r.request().resource() + " " + r.request().operation())
              .toList());
      assertEquals(11, recorded.get(1).request().responseBytes(), "the object's bytes went back to the caller");
      assertEquals(List.of("", "", "", "", fromFunction), recorded.stream().map(ServiceRequestRecord::callerRequestId).toList());
    }

    List<ServiceRequestUsage> usage = new RecorderUsageSource(dir.resolve(".cumulo"), dir.resolve("template.yaml"))
        .load().serviceRequests();
    assertEquals(5, usage.size());
    assertEquals(new ServiceRequestUsage(Service.S3, "photos", "PutObject", 10, 0, Origin.IN_REGION), usage.get(4));
    assertEquals(Origin.INTERNET, usage.get(1).origin());
    assertTrue(usage.get(0).payloadBytes() >= 11, "the SDK's body, possibly aws-chunked, is at least the object");
  }

  @Test
  void gatewayRequestsAndSchedulerDeliveriesAreMeteredButEventBridgeRulesAreFree() throws Exception {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Web:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              Handler: app.handler
              CodeUri: src/
              Events:
                Hello: {Type: HttpApi, Properties: {Path: /hello, Method: POST}}
                Nightly: {Type: ScheduleV2, Properties: {ScheduleExpression: "rate(1 day)"}}
                Hourly: {Type: Schedule, Properties: {Schedule: "rate(1 hour)"}}
        """,
        "src/app.py", "def handler(event, context):\n    return {'statusCode': 200, 'body': 'hi'}\n"))) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(cloud.emulator().triggers().api().orElseThrow().url() + "/hello"))
              .POST(HttpRequest.BodyPublishers.ofString("12345")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("hi", response.body());
      cloud.emulator().triggers().schedules().fire("Web", "Nightly");
      cloud.emulator().triggers().schedules().fire("Web", "Hourly");
      cloud.emulator().recorder().flush();

      List<ServiceRequestRecord> recorded = new ArrayList<>();
      cloud.emulator().recorder().forEachServiceRequest(recorded::add);
      assertEquals(List.of("apigateway-http ServerlessHttpApi Invoke 5 2", "scheduler Nightly Invoke 2 0"),
          recorded.stream().map(r -> r.request().service() + " " + r.request().resource() + " " + r.request().operation()
              + " " + r.request().payloadBytes() + " " + r.request().responseBytes()).toList());
    }
  }

  @Test
  void lambdasQueuePollersReceiveAndDeleteAreMeteredAsTheQueueOwnerPaysForThem() {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties: {QueueName: jobs}
          Worker:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              Handler: app.handler
              CodeUri: src/
              Events:
                Work: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, BatchSize: 10}}
        """,
        "src/app.py", "def handler(event, context):\n    return None\n"))) {
      String queue = cloud.sqs().getQueueUrl(b -> b.queueName("jobs")).queueUrl();
      cloud.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("0123456789"));
      Await.until("the batch is received and deleted", Duration.ofSeconds(20), () -> operations(cloud).contains("DeleteMessageBatch"));
      List<String> operations = operations(cloud);
      assertTrue(operations.indexOf("ReceiveMessage") > operations.indexOf("SendMessage"), operations.toString());
    }
  }

  private static List<String> operations(LocalCloud cloud) {
    cloud.emulator().recorder().flush();
    List<String> operations = new ArrayList<>();
    cloud.emulator().recorder().forEachServiceRequest(r -> operations.add(r.request().operation()));
    return operations;
  }
}
