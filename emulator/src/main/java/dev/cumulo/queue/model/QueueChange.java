package dev.cumulo.queue.model;

/** Something happened to a queue; {@code counts} are its sizes right after. */
public record QueueChange(String queueName, Kind kind, QueueCounts counts) {

  /** What happened. */
  public enum Kind {
    CREATED,
    DELETED,
    ATTRIBUTES_CHANGED,
    SENT,
    RECEIVED,
    MESSAGES_DELETED,
    VISIBILITY_CHANGED,
    BECAME_VISIBLE,
    MOVED_TO_DEAD_LETTER_QUEUE,
    REDRIVEN,
    PURGED,
    EXPIRED
  }
}
