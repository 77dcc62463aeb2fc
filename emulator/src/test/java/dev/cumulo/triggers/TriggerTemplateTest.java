package dev.cumulo.triggers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.project.TemplateReader;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.http.ApiRoutes;
import dev.cumulo.triggers.s3.DeclaredNotifications;
import dev.cumulo.triggers.schedule.ScheduleDefinitions;
import dev.cumulo.triggers.sqs.SqsMappings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An event Cumulo could not deliver as AWS would is a template error, naming the function, the event and why. An
 * expected message ending in "..." is compared up to there (the JSON parser's own words follow).
 */
class TriggerTemplateTest {
  @TempDir Path dir;

  private Project project(String event) {
    LocalCloud.write(dir, Map.of("template.yaml", """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              CodeUri: src/
              Handler: app.handler
              Events:
                Bad: EVENT
        """.replace("EVENT", event)));
    return TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
  }

  private String problem(String event) {
    Project project = project(event);
    TemplateException e = assertThrows(TemplateException.class, () -> {
      ApiRoutes.of(project);
      ScheduleDefinitions.of(project, "us-east-1", "000000000000");
      DeclaredNotifications.of(project, "us-east-1", "000000000000");
      SqsMappings.of(project);
    });
    assertEquals("Fn", e.resource());
    return e.getMessage().substring(e.getMessage().indexOf("event Bad: "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {Type: HttpApi, Properties: {Path: "/a/{proxy+}/b", Method: get}}                  | event Bad: path /a/{proxy+}/b: the greedy variable {proxy+} must be the last segment
      {Type: Api, Properties: {Path: "items", Method: get}}                              | event Bad: path items must start with /
      {Type: HttpApi, Properties: {Path: /a, Method: get, PayloadFormatVersion: "3.0"}}  | event Bad: PayloadFormatVersion must be 1.0 or 2.0, not 3.0
      {Type: HttpApi, Properties: {Path: /a, Method: get, TimeoutInMillis: 40000}}       | event Bad: TimeoutInMillis must be between 50 and 30000, not 40000
      {Type: Api, Properties: {Path: /a, Method: get, TimeoutInMillis: 30000}}           | event Bad: TimeoutInMillis must be between 50 and 29000, not 30000
      {Type: Schedule, Properties: {Schedule: "rate(1 minutes)"}}                         | event Bad: rate(1 minutes) is not valid: a value of 1 takes the singular unit minute
      {Type: Schedule, Properties: {Schedule: "at(2030-01-01T00:00:00)"}}                 | event Bad: at(2030-01-01T00:00:00) is not a schedule expression: use rate(value unit) or cron(minutes hours day-of-month month day-of-week year)
      {Type: Schedule, Properties: {Schedule: "rate(1 day)", Input: "{not json"}}         | event Bad: Input must be valid JSON: ...
      {Type: ScheduleV2, Properties: {ScheduleExpression: "rate(1 day)", ScheduleExpressionTimezone: Mars/Olympus}} | event Bad: ScheduleExpressionTimezone Mars/Olympus is not a time zone
      {Type: S3, Properties: {Bucket: elsewhere, Events: "s3:ObjectCreated:*"}}               | event Bad: S3 events must reference an S3 bucket in the same template.
      {Type: SQS, Properties: {Queue: "https://sqs.us-east-1.amazonaws.com/000000000000/q"}}  | event Bad: Queue must be the ARN of an SQS queue (use !GetAtt Queue.Arn), not https://sqs.us-east-1.amazonaws.com/000000000000/q
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", BatchSize: 0}}  | event Bad: BatchSize must be between 1 and 10000, not 0
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", BatchSize: 10001, MaximumBatchingWindowInSeconds: 1}} | event Bad: BatchSize must be between 1 and 10000, not 10001
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q.fifo", BatchSize: 11}} | event Bad: BatchSize must be between 1 and 10 for a FIFO queue, not 11
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", BatchSize: 11}} | event Bad: Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", MaximumBatchingWindowInSeconds: 301}} | event Bad: MaximumBatchingWindowInSeconds must be between 0 and 300, not 301
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q.fifo", MaximumBatchingWindowInSeconds: 1}} | event Bad: Batching window is not supported for FIFO queues
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", ScalingConfig: {MaximumConcurrency: 1}}} | event Bad: ScalingConfig.MaximumConcurrency must be between 2 and 1000, not 1
      {Type: SQS, Properties: {Queue: "arn:aws:sqs:us-east-1:000000000000:q", FunctionResponseTypes: [ReportAll]}} | event Bad: FunctionResponseTypes can only hold ReportBatchItemFailures, not ReportAll
      """)
  void anEventAwsWouldRejectIsATemplateError(String event, String expected) {
    String actual = problem(event);
    if (expected.endsWith("...")) {
      String prefix = expected.substring(0, expected.length() - 3);
      assertEquals(prefix, actual.substring(0, Math.min(prefix.length(), actual.length())));
    } else {
      assertEquals(expected, actual);
    }
  }
}
