package dev.cumulo.queue.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A message to send, as a client gives it. {@code traceHeader} is the AWSTraceHeader system attribute or, when the
 * sender did not set it, the {@code X-Amzn-Trace-Id} of the sending request; {@code explicitSystemAttributes} says
 * which of the two it was (SQS returns an MD5 of system attributes only for explicit ones).
 */
public record OutgoingMessage(
    String body,
    OptionalInt delaySeconds,
    Map<String, MessageAttribute> attributes,
    Optional<String> traceHeader,
    boolean explicitSystemAttributes,
    Optional<String> groupId,
    Optional<String> deduplicationId) {

  public OutgoingMessage {
    attributes = Map.copyOf(attributes);
  }

  public static OutgoingMessage of(String body) {
    return new OutgoingMessage(body, OptionalInt.empty(), Map.of(), Optional.empty(), false, Optional.empty(), Optional.empty());
  }

  public OutgoingMessage withAttributes(Map<String, MessageAttribute> values) {
    return new OutgoingMessage(body, delaySeconds, values, traceHeader, explicitSystemAttributes, groupId, deduplicationId);
  }

  public OutgoingMessage inGroup(String group, String deduplication) {
    return new OutgoingMessage(
        body, delaySeconds, attributes, traceHeader, explicitSystemAttributes, Optional.of(group), Optional.ofNullable(deduplication));
  }

  public OutgoingMessage withTraceHeader(String header) {
    return new OutgoingMessage(body, delaySeconds, attributes, Optional.of(header), explicitSystemAttributes, groupId, deduplicationId);
  }

  public OutgoingMessage withDelay(int seconds) {
    return new OutgoingMessage(body, OptionalInt.of(seconds), attributes, traceHeader, explicitSystemAttributes, groupId, deduplicationId);
  }
}
