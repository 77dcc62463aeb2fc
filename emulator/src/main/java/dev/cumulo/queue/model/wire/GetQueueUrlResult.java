package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The URL of the queue looked up.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html">API_GetQueueUrl</a>
 */
public record GetQueueUrlResult(
    @JsonProperty("QueueUrl") String queueUrl) {}
