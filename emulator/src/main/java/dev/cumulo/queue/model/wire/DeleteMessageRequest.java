package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Deletes a received message by its receipt handle.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html">API_DeleteMessage</a>
 */
public record DeleteMessageRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("ReceiptHandle") String receiptHandle) {}
