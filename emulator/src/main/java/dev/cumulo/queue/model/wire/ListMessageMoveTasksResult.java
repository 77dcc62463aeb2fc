package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The move tasks, most recent first.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasks.html">API_ListMessageMoveTasks</a>
 */
public record ListMessageMoveTasksResult(
    @JsonProperty("Results") List<ListMessageMoveTasksResultEntry> results) {}
