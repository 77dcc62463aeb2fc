package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Looks a queue up by name.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html">API_GetQueueUrl</a>
 */
public record GetQueueUrlRequest(
    @JsonProperty("QueueName") String queueName,
    @JsonProperty("QueueOwnerAWSAccountId") String queueOwnerAwsAccountId) {}
