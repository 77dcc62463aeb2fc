package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A received message.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_Message.html">API_Message</a>
 */
public record Message(
    @JsonProperty("MessageId") String messageId,
    @JsonProperty("ReceiptHandle") String receiptHandle,
    @JsonProperty("MD5OfBody") String md5OfBody,
    @JsonProperty("Body") String body,
    @JsonProperty("Attributes") Map<String, String> attributes,
    @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
    @JsonProperty("MessageAttributes") Map<String, MessageAttributeValue> messageAttributes) {}
