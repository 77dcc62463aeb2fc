package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Sends up to ten messages.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html">API_SendMessageBatch</a>
 */
public record SendMessageBatchRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Entries") List<SendMessageBatchRequestEntry> entries) {}
