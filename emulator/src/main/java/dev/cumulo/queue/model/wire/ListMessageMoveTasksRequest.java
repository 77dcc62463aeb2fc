package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Lists the most recent move tasks of a source queue.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasks.html">API_ListMessageMoveTasks</a>
 */
public record ListMessageMoveTasksRequest(
    @JsonProperty("SourceArn") String sourceArn,
    @JsonProperty("MaxResults") Integer maxResults) {}
