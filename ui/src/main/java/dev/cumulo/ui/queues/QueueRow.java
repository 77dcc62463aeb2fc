package dev.cumulo.ui.queues;

import dev.cumulo.queue.model.QueueCounts;

/**
 * A queue as the inspector lists it: where it is, its live counts, the dead-letter queue it sends failures to, and
 * whether it is itself a dead-letter queue (which can be redriven).
 */
public record QueueRow(String name, String url, String arn, boolean fifo, QueueCounts counts, String deadLetterQueue,
    boolean isDeadLetterQueue) {

  public QueueRow withCounts(QueueCounts value) {
    return new QueueRow(name, url, arn, fifo, value, deadLetterQueue, isDeadLetterQueue);
  }
}
