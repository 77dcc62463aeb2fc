package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many messages the cancelled task had moved.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CancelMessageMoveTask.html">API_CancelMessageMoveTask</a>
 */
public record CancelMessageMoveTaskResult(
    @JsonProperty("ApproximateNumberOfMessagesMoved") Long approximateNumberOfMessagesMoved) {}
