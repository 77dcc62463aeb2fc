package dev.cumulo.queue.service;

import dev.cumulo.queue.store.MessageRow;
import dev.cumulo.queue.store.MessageState;
import java.util.Optional;

/**
 * One message in a queue's in-memory index: identity and delivery state, no body. Mutable, and only touched under its
 * queue's lock; {@link #snapshot()} gives an immutable copy to hand out.
 */
final class IndexEntry {
  /** Which set of the index the entry is in. */
  enum Place {
    READY,
    DELAYED,
    IN_FLIGHT
  }

  final long seq;
  final String messageId;
  final String groupId;
  final String deadLetterSourceArn;
  final long sentMs;
  long visibleMs;
  int receiveCount;
  long firstReceiveMs;
  Place place;
  /** The full row while {@link BodyCache} holds it, else null. */
  MessageRow cachedRow;
  long cachedBytes;

  IndexEntry(MessageState state) {
    this.seq = state.seq();
    this.messageId = state.messageId();
    this.groupId = state.groupId().orElse(null);
    this.deadLetterSourceArn = state.deadLetterSourceArn().orElse(null);
    this.sentMs = state.sentMs();
    this.visibleMs = state.visibleMs();
    this.receiveCount = state.receiveCount();
    this.firstReceiveMs = state.firstReceiveMs();
  }

  MessageState snapshot() {
    return new MessageState(
        seq,
        messageId,
        Optional.ofNullable(groupId),
        Optional.ofNullable(deadLetterSourceArn),
        sentMs,
        visibleMs,
        receiveCount,
        firstReceiveMs);
  }
}
