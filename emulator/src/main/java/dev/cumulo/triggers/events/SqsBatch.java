package dev.cumulo.triggers.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event an SQS event source mapping delivers: a batch of records, each a received message with the system
 * attributes Lambda passes on and its message attributes in Lambda's shape.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html">Using Lambda with Amazon SQS</a>
 */
public final class SqsBatch {
  /** The system attributes Lambda passes on, in the order it writes them. */
  static final List<String> ATTRIBUTES = List.of("ApproximateReceiveCount", "AWSTraceHeader", "SentTimestamp",
      "SequenceNumber", "MessageGroupId", "SenderId", "MessageDeduplicationId", "ApproximateFirstReceiveTimestamp");

  private SqsBatch() {}

  /** One received message. */
  public record Message(
      String messageId,
      String receiptHandle,
      String body,
      String md5OfBody,
      Map<String, String> systemAttributes,
      Map<String, Attribute> messageAttributes,
      Optional<String> md5OfMessageAttributes) {}

  /** A message attribute: a data type with a string or a binary value. */
  public record Attribute(String dataType, Optional<String> stringValue, Optional<byte[]> binaryValue) {}

  public static ObjectNode build(List<Message> messages, String queueArn, String region) {
    ObjectNode event = Json.object();
    ArrayNode records = event.putArray("Records");
    for (Message m : messages) {
      ObjectNode record = records.addObject();
      record.put("messageId", m.messageId());
      record.put("receiptHandle", m.receiptHandle());
      record.put("body", m.body());
      ObjectNode attributes = record.putObject("attributes");
      for (String name : ATTRIBUTES) {
        String value = m.systemAttributes().get(name);
        if (value != null) {
          attributes.put(name, value);
        }
      }
      ObjectNode messageAttributes = record.putObject("messageAttributes");
      m.messageAttributes().forEach((name, attribute) -> messageAttributes.set(name, attribute(attribute)));
      if (m.md5OfMessageAttributes().isPresent()) {
        record.put("md5OfMessageAttributes", m.md5OfMessageAttributes().get());
      } else {
        record.putNull("md5OfMessageAttributes");
      }
      record.put("md5OfBody", m.md5OfBody());
      record.put("eventSource", "aws:sqs");
      record.put("eventSourceARN", queueArn);
      record.put("awsRegion", region);
    }
    return event;
  }

  private static ObjectNode attribute(Attribute attribute) {
    ObjectNode node = Json.object();
    attribute.stringValue().ifPresent(v -> node.put("stringValue", v));
    attribute.binaryValue().ifPresent(v -> node.put("binaryValue", Base64.getEncoder().encodeToString(v)));
    node.putArray("stringListValues");
    node.putArray("binaryListValues");
    node.put("dataType", attribute.dataType());
    return node;
  }
}
