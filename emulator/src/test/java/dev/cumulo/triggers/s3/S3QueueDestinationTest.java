package dev.cumulo.triggers.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** S3 notifications to queues: the event JSON as the message body, after S3's test event. */
class S3QueueDestinationTest {
  private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";

  @TempDir Path dir;

  private LocalCloud start() {
    return LocalCloud.start(dir, Map.of("template.yaml", """
        Resources:
          Uploads:
            Type: AWS::SQS::Queue
          Removals:
            Type: AWS::SQS::Queue
          Inbox:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: inbox
              NotificationConfiguration:
                QueueConfigurations:
                  - Event: s3:ObjectCreated:*
                    Queue: !GetAtt Uploads.Arn
                    Filter: {S3Key: {Rules: [{Name: suffix, Value: .csv}]}}
        """));
  }

  private static Message receiveOne(LocalCloud cloud, String queue) {
    String url = cloud.sqs().getQueueUrl(b -> b.queueName(queue)).queueUrl();
    List<Message> messages = cloud.sqs().receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    assertEquals(1, messages.size());
    cloud.sqs().deleteMessage(b -> b.queueUrl(url).receiptHandle(messages.get(0).receiptHandle()));
    return messages.get(0);
  }

  private static JsonNode body(Message message) throws Exception {
    return Json.MAPPER.readTree(message.body());
  }

  private static void assertTestEvent(JsonNode event) {
    assertEquals(List.of("Service", "Event", "Time", "Bucket", "RequestId", "HostId"), fieldNames(event));
    assertEquals(List.of("Amazon S3", "s3:TestEvent", "inbox"),
        List.of(event.get("Service").asText(), event.get("Event").asText(), event.get("Bucket").asText()));
  }

  @Test
  void aTemplateQueueDestinationGetsATestEventThenEachMatchingEventWithTheWritersTrace() throws Exception {
    try (LocalCloud cloud = start()) {
      assertTestEvent(body(receiveOne(cloud, "Uploads")));

      cloud.s3().putObject(b -> b.bucket("inbox").key("notes.txt"), RequestBody.fromString("skipped"));
      cloud.s3().putObject(b -> b.bucket("inbox").key("data 1.csv")
          .overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", TRACE)), RequestBody.fromString("a,b"));

      Message message = receiveOne(cloud, "Uploads");
      JsonNode record = body(message).get("Records").get(0);
      assertEquals(List.of("aws:s3", "ObjectCreated:Put", "data+1.csv", "3"),
          List.of(record.get("eventSource").asText(), record.get("eventName").asText(),
              record.get("s3").get("object").get("key").asText(), record.get("s3").get("object").get("size").asText()));
      assertEquals(TRACE, message.attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER));
      String url = cloud.sqs().getQueueUrl(b -> b.queueName("Uploads")).queueUrl();
      assertEquals("0", cloud.sqs().getQueueAttributes(b -> b.queueUrl(url)
          .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributesAsStrings()
          .get("ApproximateNumberOfMessages"));
    }
  }

  @Test
  void aQueueConfiguredThroughTheApiGetsATestEventAndRemovals() throws Exception {
    try (LocalCloud cloud = start()) {
      String removals = cloud.sqs().getQueueAttributes(b -> b
          .queueUrl(cloud.sqs().getQueueUrl(q -> q.queueName("Removals")).queueUrl())
          .attributeNames(QueueAttributeName.QUEUE_ARN)).attributesAsStrings().get("QueueArn");
      cloud.s3().putBucketNotificationConfiguration(b -> b.bucket("inbox").notificationConfiguration(n -> n
          .queueConfigurations(QueueConfiguration.builder().queueArn(removals).events(Event.S3_OBJECT_REMOVED).build())));
      assertTestEvent(body(receiveOne(cloud, "Removals")));

      cloud.s3().putObject(b -> b.bucket("inbox").key("old.csv"), RequestBody.fromString("x"));
      cloud.s3().deleteObject(b -> b.bucket("inbox").key("old.csv"));

      JsonNode record = body(receiveOne(cloud, "Removals")).get("Records").get(0);
      assertEquals("ObjectRemoved:Delete", record.get("eventName").asText());
      assertEquals("old.csv", record.get("s3").get("object").get("key").asText());
      assertTrue(record.get("s3").get("object").get("size") == null);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
