package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cancels a running move task.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CancelMessageMoveTask.html">API_CancelMessageMoveTask</a>
 */
public record CancelMessageMoveTaskRequest(
    @JsonProperty("TaskHandle") String taskHandle) {}
