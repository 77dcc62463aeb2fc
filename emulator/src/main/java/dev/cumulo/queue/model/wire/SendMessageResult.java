package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The id and digests of an accepted message.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">API_SendMessage</a>
 */
public record SendMessageResult(
    @JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
    @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
    @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
    @JsonProperty("MessageId") String messageId,
    @JsonProperty("SequenceNumber") String sequenceNumber) {}
