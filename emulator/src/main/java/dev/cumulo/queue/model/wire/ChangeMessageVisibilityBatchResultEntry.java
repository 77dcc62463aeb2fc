package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One successful visibility change.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatchResultEntry.html">API_ChangeMessageVisibilityBatchResultEntry</a>
 */
public record ChangeMessageVisibilityBatchResultEntry(
    @JsonProperty("Id") String id) {}
