package dev.cumulo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.triggers.Recorded;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** Event breakpoints on a bucket's notifications and a queue's event source mapping, with the real S3 and SQS clients. */
class TriggerBreakpointsTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static DebugApi api;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: nodejs20.x
            CodeUri: src/
            Handler: echo.handler
            Timeout: 2
        Resources:
          Photos:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: photos
          Papers:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: papers
          Work:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 5
          Brief:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 2
          Thumbs:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Photo:
                  Type: S3
                  Properties:
                    Bucket: !Ref Photos
                    Events: s3:ObjectCreated:*
                Paper:
                  Type: S3
                  Properties:
                    Bucket: !Ref Papers
                    Events: s3:ObjectCreated:*
          Worker:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Jobs:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Work.Arn
                    BatchSize: 1
          BriefWorker:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Jobs:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Brief.Arn
                    BatchSize: 1
        """,
        "src/echo.js", "exports.handler = async (event) => event;\n"));
    api = new DebugApi(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @AfterEach
  void clear() {
    api.removeBreakpoints();
    api.releaseHeldEvents("continue");
  }

  private static String key(InvocationRecord invocation) {
    return Recorded.event(invocation).get("Records").get(0).get("s3").get("object").get("key").asText();
  }

  @Test
  void aBucketBreakpointHoldsThatBucketsNotificationsAndDeliversTheEditedEvent() {
    api.breakpoint("{\"kind\":\"event\",\"trigger\":\"s3\",\"resource\":\"photos\"}");
    cloud.s3().putObject(b -> b.bucket("papers").key("report.pdf"), RequestBody.fromString("pdf"));
    Recorded.awaitFinished(cloud, "Thumbs", "the papers notification is delivered unheld", list -> list.size() == 1);
    cloud.s3().putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("jpg"));

    JsonNode held = api.heldEvent();
    JsonNode event = held.get("payload");
    assertEquals(List.of("Thumbs", "s3", "photos", "cat.jpg"), List.of(held.get("function").asText(),
        held.get("trigger").get("source").asText(), event.get("Records").get(0).get("s3").get("bucket").get("name").asText(),
        event.get("Records").get(0).get("s3").get("object").get("key").asText()));
    ObjectNode edited = event.deepCopy();
    ((ObjectNode) edited.get("Records").get(0).get("s3").get("object")).put("key", "dog.jpg");
    api.post("/events/" + held.get("id").asText() + "/continue", "{\"payload\":" + Json.write(edited) + "}");

    List<InvocationRecord> delivered = Recorded.awaitFinished(cloud, "Thumbs", "the edited photo event is delivered",
        list -> list.size() == 2);
    assertEquals(List.of("report.pdf", "dog.jpg"), delivered.stream().map(TriggerBreakpointsTest::key).toList());
  }

  @Test
  void aMessageDroppedAtAQueueBreakpointReturnsToItsQueueAndIsDeliveredWhenContinued() {
    api.breakpoint("{\"kind\":\"event\",\"function\":\"Worker\",\"trigger\":\"sqs\",\"resource\":\"Work\"}");
    String queue = cloud.sqs().getQueueUrl(b -> b.queueName("Work")).queueUrl();
    cloud.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("job 1"));

    JsonNode first = api.heldEvent();
    JsonNode record = first.get("payload").get("Records").get(0);
    assertEquals(List.of("sqs", "job 1", "1"), List.of(first.get("trigger").get("source").asText(),
        record.get("body").asText(), record.get("attributes").get("ApproximateReceiveCount").asText()));
    api.post("/events/" + first.get("id").asText() + "/drop", "");

    JsonNode again = Await.value("the dropped message comes back from its queue", Recorded.PATIENCE,
        () -> api.get("/events").get("events"), e -> e.size() == 1 && !e.get(0).get("id").equals(first.get("id"))).get(0);
    JsonNode redelivered = again.get("payload").get("Records").get(0);
    assertEquals(List.of(record.get("messageId").asText(), "2"), List.of(redelivered.get("messageId").asText(),
        redelivered.get("attributes").get("ApproximateReceiveCount").asText()));
    api.post("/events/" + again.get("id").asText() + "/continue", "");

    List<InvocationRecord> runs = Recorded.awaitFinished(cloud, "Worker", "the continued message is processed",
        list -> list.stream().anyMatch(r -> r.outcome() == OutcomeKind.SUCCESS));
    assertEquals(List.of("job 1"), Recorded.bodies(runs.get(runs.size() - 1)));
    Await.until("the processed message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Work"));
  }

  @Test
  void aHeldMessageStaysInvisibleBeyondItsVisibilityTimeoutSoItIsNotDeliveredTwice() {
    api.breakpoint("{\"kind\":\"event\",\"function\":\"BriefWorker\",\"trigger\":\"sqs\",\"resource\":\"Brief\"}");
    String queue = cloud.sqs().getQueueUrl(b -> b.queueName("Brief")).queueUrl();
    cloud.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("job 3"));
    JsonNode held = api.heldEvent();
    long since = System.nanoTime();

    Await.until("3 s, more than the queue's 2 s visibility timeout, have passed", Duration.ofSeconds(10),
        () -> System.nanoTime() - since > 3_000_000_000L);
    assertEquals(List.of(held.get("id").asText()), ids(api.get("/events").get("events")));
    assertEquals(Map.of("ApproximateNumberOfMessages", "0", "ApproximateNumberOfMessagesNotVisible", "1"), cloud.messageCounts("Brief"));
    api.post("/events/" + held.get("id").asText() + "/continue", "");

    List<InvocationRecord> runs = Recorded.awaitFinished(cloud, "BriefWorker", "the held message is processed",
        list -> list.stream().anyMatch(r -> r.outcome() == OutcomeKind.SUCCESS));
    assertEquals(1, runs.size());
    Await.until("the processed message is deleted", Recorded.PATIENCE, () -> cloud.queueEmpty("Brief"));
  }

  private static List<String> ids(JsonNode events) {
    List<String> ids = new java.util.ArrayList<>();
    events.forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }
}
