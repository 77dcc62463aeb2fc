package dev.cumulo.queue.model;

/** The live sizes of a queue: messages ready to receive, in flight (received, not deleted) and delayed. */
public record QueueCounts(long visible, long inFlight, long delayed) {
  public static final QueueCounts EMPTY = new QueueCounts(0, 0, 0);
}
