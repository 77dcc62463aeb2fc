package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One sent entry of a batch.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatchResultEntry.html">API_SendMessageBatchResultEntry</a>
 */
public record SendMessageBatchResultEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("MessageId") String messageId,
    @JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
    @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
    @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
    @JsonProperty("SequenceNumber") String sequenceNumber) {}
