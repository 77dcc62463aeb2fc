package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One visibility change of a batch.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatchRequestEntry.html">API_ChangeMessageVisibilityBatchRequestEntry</a>
 */
public record ChangeMessageVisibilityBatchRequestEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("ReceiptHandle") String receiptHandle,
    @JsonProperty("VisibilityTimeout") Integer visibilityTimeout) {}
