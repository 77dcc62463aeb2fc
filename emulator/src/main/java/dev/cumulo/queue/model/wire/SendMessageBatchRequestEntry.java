package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One message of a batch, with the caller's entry id.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatchRequestEntry.html">API_SendMessageBatchRequestEntry</a>
 */
public record SendMessageBatchRequestEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("MessageBody") String messageBody,
    @JsonProperty("DelaySeconds") Integer delaySeconds,
    @JsonProperty("MessageAttributes") Map<String, MessageAttributeValue> messageAttributes,
    @JsonProperty("MessageSystemAttributes") Map<String, MessageAttributeValue> messageSystemAttributes,
    @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
    @JsonProperty("MessageGroupId") String messageGroupId) {}
