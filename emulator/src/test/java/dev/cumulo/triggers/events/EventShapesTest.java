package dev.cumulo.triggers.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event shapes of S3 notifications and SQS batches, compared whole with the shapes AWS documents. */
class EventShapesTest {

  /** Parses JSON text; events are compared after a round trip through text, as a function would read them. */
  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void anObjectCreatedNotificationHasTheVersion21RecordShape() throws Exception {
    S3Notification.Change change = new S3Notification.Change("ObjectCreated:Put",
        Instant.parse("2024-03-01T10:00:00.123Z"), "us-east-1", "AWS:000000000000", "127.0.0.1", "C3D13FE58DE4C810",
        "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD", "resize", "photos", "000000000000",
        "in/red flower (1).jpg", 1024, "d41d8cd98f00b204e9800998ecf8427e", "0055AED6DCD90281E5", false);
    assertEquals(json("""
        {"Records": [{
          "eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": "us-east-1",
          "eventTime": "2024-03-01T10:00:00.123Z", "eventName": "ObjectCreated:Put",
          "userIdentity": {"principalId": "AWS:000000000000"},
          "requestParameters": {"sourceIPAddress": "127.0.0.1"},
          "responseElements": {"x-amz-request-id": "C3D13FE58DE4C810",
                               "x-amz-id-2": "FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"},
          "s3": {"s3SchemaVersion": "1.0", "configurationId": "resize",
                 "bucket": {"name": "photos", "ownerIdentity": {"principalId": "000000000000"},
                            "arn": "arn:aws:s3:::photos"},
                 "object": {"key": "in/red+flower+%281%29.jpg", "size": 1024,
                            "eTag": "d41d8cd98f00b204e9800998ecf8427e", "sequencer": "0055AED6DCD90281E5"}}
        }]}
        """), json(Json.write(S3Notification.build(change))));
  }

  @Test
  void anObjectRemovedNotificationLeavesOutSizeAndETag() throws Exception {
    S3Notification.Change change = new S3Notification.Change("ObjectRemoved:Delete", Instant.EPOCH, "us-east-1",
        "AWS:000000000000", "127.0.0.1", "R", "H", "cfg", "b", "000000000000", "k", 5, "etag", "0A", true);
    assertEquals(json("{\"key\": \"k\", \"sequencer\": \"0A\"}"),
        S3Notification.build(change).get("Records").get(0).get("s3").get("object"));
  }

  @Test
  void keysAreFormUrlEncodedKeepingSlashes() {
    assertEquals("a/b+c/%C3%A9t%C3%A9%2B%3D%26.txt", S3Notification.encodeKey("a/b c/été+=&.txt"));
  }

  @Test
  void anSqsBatchHasLambdasRecordShape() throws Exception {
    SqsBatch.Message standard = new SqsBatch.Message("059f36b4-87a3-44ab-83d2-661975830a7d", "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
        "test", "098f6bcd4621d373cade4e832627b4f6",
        Map.of("ApproximateReceiveCount", "1", "SentTimestamp", "1545082649183", "SenderId", "AIDAIENQZJOLO23YVJ4VO",
            "ApproximateFirstReceiveTimestamp", "1545082649185", "VisibilityTimeout", "30"),
        Map.of("text", new SqsBatch.Attribute("String", Optional.of("hi"), Optional.empty()),
            "raw", new SqsBatch.Attribute("Binary", Optional.empty(), Optional.of("ab".getBytes(StandardCharsets.UTF_8)))),
        Optional.of("5b10cd7d4fd7a2ef2ab1e8e5d3a1f9d3"));
    JsonNode event = SqsBatch.build(List.of(standard), "arn:aws:sqs:us-east-1:000000000000:orders", "us-east-1");
    assertEquals(json("""
        {"Records": [{
          "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d", "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
          "body": "test",
          "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": "1545082649183",
                         "SenderId": "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp": "1545082649185"},
          "messageAttributes": {
            "text": {"stringValue": "hi", "stringListValues": [], "binaryListValues": [], "dataType": "String"},
            "raw": {"binaryValue": "YWI=", "stringListValues": [], "binaryListValues": [], "dataType": "Binary"}},
          "md5OfMessageAttributes": "5b10cd7d4fd7a2ef2ab1e8e5d3a1f9d3",
          "md5OfBody": "098f6bcd4621d373cade4e832627b4f6",
          "eventSource": "aws:sqs", "eventSourceARN": "arn:aws:sqs:us-east-1:000000000000:orders",
          "awsRegion": "us-east-1"
        }]}
        """), event);
  }

  @Test
  void aFifoRecordCarriesItsGroupSequenceAndDeduplicationIdAndNoAttributesIsNullMd5() {
    SqsBatch.Message fifo = new SqsBatch.Message("m", "r", "b", "md5",
        Map.of("ApproximateReceiveCount", "2", "SentTimestamp", "1", "SenderId", "S", "ApproximateFirstReceiveTimestamp", "2",
            "SequenceNumber", "18849496460467696128", "MessageGroupId", "g1", "MessageDeduplicationId", "d1"),
        Map.of(), Optional.empty());
    JsonNode record = SqsBatch.build(List.of(fifo), "arn:aws:sqs:us-east-1:000000000000:q.fifo", "us-east-1")
        .get("Records").get(0);
    assertEquals(List.of("ApproximateReceiveCount", "SentTimestamp", "SequenceNumber", "MessageGroupId", "SenderId",
        "MessageDeduplicationId", "ApproximateFirstReceiveTimestamp"), iterable(record.get("attributes")));
    assertEquals(true, record.get("md5OfMessageAttributes").isNull());
    assertEquals(Json.object(), record.get("messageAttributes"));
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
