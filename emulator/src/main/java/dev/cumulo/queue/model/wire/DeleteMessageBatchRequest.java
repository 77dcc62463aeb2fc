package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Deletes up to ten received messages.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html">API_DeleteMessageBatch</a>
 */
public record DeleteMessageBatchRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Entries") List<DeleteMessageBatchRequestEntry> entries) {}
