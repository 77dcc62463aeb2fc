package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Changes the visibility of up to ten messages.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html">API_ChangeMessageVisibilityBatch</a>
 */
public record ChangeMessageVisibilityBatchRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Entries") List<ChangeMessageVisibilityBatchRequestEntry> entries) {}
