package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One move task; the TaskHandle is present only while it runs.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasksResultEntry.html">API_ListMessageMoveTasksResultEntry</a>
 */
public record ListMessageMoveTasksResultEntry(
    @JsonProperty("TaskHandle") String taskHandle,
    @JsonProperty("Status") String status,
    @JsonProperty("SourceArn") String sourceArn,
    @JsonProperty("DestinationArn") String destinationArn,
    @JsonProperty("MaxNumberOfMessagesPerSecond") Integer maxNumberOfMessagesPerSecond,
    @JsonProperty("ApproximateNumberOfMessagesMoved") Long approximateNumberOfMessagesMoved,
    @JsonProperty("ApproximateNumberOfMessagesToMove") Long approximateNumberOfMessagesToMove,
    @JsonProperty("FailureReason") String failureReason,
    @JsonProperty("StartedTimestamp") Long startedTimestamp) {}
