package dev.cumulo.queue.store;

import dev.cumulo.queue.model.MessageAttribute;
import java.util.Map;
import java.util.Optional;

/**
 * A stored message. {@code seq} is unique across all queues and grows with send time; it orders a queue and is the
 * FIFO SequenceNumber. Times are epoch milliseconds; {@code firstReceiveMs} is 0 until the first receive.
 */
public record MessageRow(
    long seq,
    long queueId,
    String messageId,
    String body,
    Map<String, MessageAttribute> attributes,
    Optional<String> traceHeader,
    String senderId,
    Optional<String> groupId,
    Optional<String> deduplicationId,
    Optional<String> deadLetterSourceArn,
    long sentMs,
    long visibleMs,
    int receiveCount,
    long firstReceiveMs) {

  public MessageRow {
    attributes = Map.copyOf(attributes);
  }
}
