package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Receives up to ten messages, optionally waiting for them.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html">API_ReceiveMessage</a>
 */
public record ReceiveMessageRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("AttributeNames") List<String> attributeNames,
    @JsonProperty("MessageSystemAttributeNames") List<String> messageSystemAttributeNames,
    @JsonProperty("MessageAttributeNames") List<String> messageAttributeNames,
    @JsonProperty("MaxNumberOfMessages") Integer maxNumberOfMessages,
    @JsonProperty("VisibilityTimeout") Integer visibilityTimeout,
    @JsonProperty("WaitTimeSeconds") Integer waitTimeSeconds,
    @JsonProperty("ReceiveRequestAttemptId") String receiveRequestAttemptId) {}
