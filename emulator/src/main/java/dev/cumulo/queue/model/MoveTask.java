package dev.cumulo.queue.model;

import java.util.Optional;

/**
 * A dead-letter queue redrive (a message move task): messages move from {@code sourceArn} to {@code destinationArn}, or
 * back to the queue each came from when no destination was given. The handle is present while the task runs.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasksResultEntry.html">ListMessageMoveTasksResultEntry</a>
 */
public record MoveTask(
    Optional<String> taskHandle,
    Status status,
    String sourceArn,
    Optional<String> destinationArn,
    Optional<Integer> maxNumberOfMessagesPerSecond,
    long approximateNumberOfMessagesMoved,
    long approximateNumberOfMessagesToMove,
    Optional<String> failureReason,
    long startedTimestamp) {

  /** The task states SQS reports. */
  public enum Status {
    RUNNING,
    COMPLETED,
    CANCELLING,
    CANCELLED,
    FAILED
  }
}
