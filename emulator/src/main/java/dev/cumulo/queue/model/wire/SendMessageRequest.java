package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Sends one message.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">API_SendMessage</a>
 */
public record SendMessageRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("MessageBody") String messageBody,
    @JsonProperty("DelaySeconds") Integer delaySeconds,
    @JsonProperty("MessageAttributes") Map<String, MessageAttributeValue> messageAttributes,
    @JsonProperty("MessageSystemAttributes") Map<String, MessageAttributeValue> messageSystemAttributes,
    @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
    @JsonProperty("MessageGroupId") String messageGroupId) {}
