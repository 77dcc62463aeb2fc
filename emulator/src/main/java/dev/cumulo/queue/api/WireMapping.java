package dev.cumulo.queue.api;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.wire.Message;
import dev.cumulo.queue.model.wire.MessageAttributeValue;
import dev.cumulo.queue.model.wire.SendMessageBatchRequestEntry;
import dev.cumulo.queue.model.wire.SendMessageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Between wire records and the service's records: messages to send, and received messages. */
final class WireMapping {
  private static final String TRACE_HEADER = "AWSTraceHeader";

  private WireMapping() {}

  static OutgoingMessage outgoing(SendMessageRequest r, CallContext ctx) {
    return outgoing(
        r.messageBody(), r.delaySeconds(), r.messageAttributes(), r.messageSystemAttributes(), r.messageGroupId(),
        r.messageDeduplicationId(), ctx);
  }

  static OutgoingMessage outgoing(SendMessageBatchRequestEntry e, CallContext ctx) {
    return outgoing(
        e.messageBody(), e.delaySeconds(), e.messageAttributes(), e.messageSystemAttributes(), e.messageGroupId(),
        e.messageDeduplicationId(), ctx);
  }

  private static OutgoingMessage outgoing(
      String body,
      Integer delaySeconds,
      Map<String, MessageAttributeValue> attributes,
      Map<String, MessageAttributeValue> systemAttributes,
      String groupId,
      String deduplicationId,
      CallContext ctx) {
    Optional<String> explicitTrace = traceHeader(systemAttributes);
    return new OutgoingMessage(
        body,
        delaySeconds == null ? OptionalInt.empty() : OptionalInt.of(delaySeconds),
        attributes(attributes),
        explicitTrace.or(ctx::traceHeader),
        explicitTrace.isPresent(),
        Optional.ofNullable(groupId),
        Optional.ofNullable(deduplicationId));
  }

  private static Map<String, MessageAttribute> attributes(Map<String, MessageAttributeValue> wire) {
    if (wire == null || wire.isEmpty()) {
      return Map.of();
    }
    Map<String, MessageAttribute> out = new LinkedHashMap<>();
    wire.forEach((name, value) -> out.put(name, attribute(name, value)));
    return out;
  }

  private static MessageAttribute attribute(String name, MessageAttributeValue value) {
    if (value == null) {
      return MessageAttribute.string("", null);
    }
    boolean lists = value.stringListValues() != null && !value.stringListValues().isEmpty()
        || value.binaryListValues() != null && !value.binaryListValues().isEmpty();
    if (lists) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "Message attribute list values in SendMessage operation are not supported.");
    }
    String type = value.dataType() == null ? "" : value.dataType();
    return type.startsWith("Binary") ? MessageAttribute.binary(type, value.binaryValue()) : MessageAttribute.string(type, value.stringValue());
  }

  /** The AWSTraceHeader system attribute, the only one SQS accepts on send. */
  private static Optional<String> traceHeader(Map<String, MessageAttributeValue> systemAttributes) {
    if (systemAttributes == null || systemAttributes.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, MessageAttributeValue> e : systemAttributes.entrySet()) {
      if (!e.getKey().equals(TRACE_HEADER)) {
        throw SqsError.INVALID_PARAMETER_VALUE.exception("Message system attribute name '" + e.getKey() + "' is invalid.");
      }
      MessageAttributeValue v = e.getValue();
      if (v == null || !"String".equals(v.dataType()) || v.stringValue() == null || v.stringValue().isEmpty()) {
        throw SqsError.INVALID_PARAMETER_VALUE.exception(
            "Message system attribute '" + TRACE_HEADER + "' must contain a non-empty value of type 'String'.");
      }
    }
    return Optional.of(systemAttributes.get(TRACE_HEADER).stringValue());
  }

  static Message message(ReceivedMessage m) {
    Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
    m.messageAttributes().forEach((name, a) -> attributes.put(name, value(a)));
    return new Message(
        m.messageId(),
        m.receiptHandle(),
        m.md5OfBody(),
        m.body(),
        m.systemAttributes().isEmpty() ? null : new LinkedHashMap<>(m.systemAttributes()),
        m.md5OfMessageAttributes().orElse(null),
        attributes.isEmpty() ? null : attributes);
  }

  private static MessageAttributeValue value(MessageAttribute a) {
    return new MessageAttributeValue(a.stringValue(), a.binaryValue(), null, null, a.dataType());
  }
}
