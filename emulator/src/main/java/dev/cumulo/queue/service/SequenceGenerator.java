package dev.cumulo.queue.service;

/**
 * Sequence numbers for messages, unique across queues, increasing, and tied to the send time (milliseconds times a
 * thousand) so that they read like SQS's large, non-consecutive FIFO sequence numbers and survive restarts.
 */
final class SequenceGenerator {
  private long last;

  SequenceGenerator(long lastUsed) {
    this.last = lastUsed;
  }

  synchronized long next(long nowMs) {
    last = Math.max(last + 1, nowMs * 1000);
    return last;
  }
}
