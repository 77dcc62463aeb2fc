package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Starts moving messages out of a dead-letter queue.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html">API_StartMessageMoveTask</a>
 */
public record StartMessageMoveTaskRequest(
    @JsonProperty("SourceArn") String sourceArn,
    @JsonProperty("DestinationArn") String destinationArn,
    @JsonProperty("MaxNumberOfMessagesPerSecond") Integer maxNumberOfMessagesPerSecond) {}
