package dev.cumulo.triggers.sqs;

import dev.cumulo.triggers.EventProperties;
import java.util.Optional;

/**
 * One SQS event source mapping, checked: the function and its event, the queue by ARN, and how batches are made.
 *
 * @param maximumBatchingWindowSeconds how long to keep gathering a batch after its first messages arrived
 * @param maximumConcurrency the most batches the mapping runs at once, when the template caps it
 * @param properties the event as declared, for errors found once the queue is known
 */
public record SqsMapping(
    String function,
    String eventName,
    String queueArn,
    int batchSize,
    int maximumBatchingWindowSeconds,
    boolean enabled,
    boolean reportBatchItemFailures,
    Optional<Integer> maximumConcurrency,
    EventProperties properties) {

  /** FIFO queues are the ones whose name ends in {@code .fifo}, which SQS requires of them. */
  public boolean fifo() {
    return queueArn.endsWith(".fifo");
  }

  /** The queue's name, the last part of its ARN. */
  public String queueName() {
    return queueArn.substring(queueArn.lastIndexOf(':') + 1);
  }
}
