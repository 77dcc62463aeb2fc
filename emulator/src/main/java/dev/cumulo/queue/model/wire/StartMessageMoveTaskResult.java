package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The handle that identifies the started task.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html">API_StartMessageMoveTask</a>
 */
public record StartMessageMoveTaskResult(
    @JsonProperty("TaskHandle") String taskHandle) {}
