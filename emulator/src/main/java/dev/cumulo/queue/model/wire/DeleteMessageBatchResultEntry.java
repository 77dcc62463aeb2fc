package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One successful deletion.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatchResultEntry.html">API_DeleteMessageBatchResultEntry</a>
 */
public record DeleteMessageBatchResultEntry(
    @JsonProperty("Id") String id) {}
