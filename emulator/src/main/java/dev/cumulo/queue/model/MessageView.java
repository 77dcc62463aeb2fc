package dev.cumulo.queue.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A message as the queue inspector shows it, read without receiving it: nothing about the message changes.
 *
 * @param state whether it can be received now, is held by a receiver, or waits for its delay to pass
 * @param visibleAt when a delayed or in-flight message becomes receivable again
 */
public record MessageView(
    String messageId,
    String body,
    Map<String, MessageAttribute> attributes,
    Instant sentAt,
    int receiveCount,
    State state,
    Instant visibleAt,
    Optional<String> groupId,
    Optional<String> traceHeader,
    Optional<String> deadLetterSourceArn) {

  public MessageView {
    attributes = Map.copyOf(attributes);
  }

  /** Where a message is in its life. */
  public enum State {
    VISIBLE,
    IN_FLIGHT,
    DELAYED
  }
}
