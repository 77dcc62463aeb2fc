package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One receipt handle of a delete batch.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatchRequestEntry.html">API_DeleteMessageBatchRequestEntry</a>
 */
public record DeleteMessageBatchRequestEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("ReceiptHandle") String receiptHandle) {}
