package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Changes how long a received message stays hidden.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html">API_ChangeMessageVisibility</a>
 */
public record ChangeMessageVisibilityRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("ReceiptHandle") String receiptHandle,
    @JsonProperty("VisibilityTimeout") Integer visibilityTimeout) {}
