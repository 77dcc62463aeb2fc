package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The URL of the created (or already existing) queue.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">API_CreateQueue</a>
 */
public record CreateQueueResult(
    @JsonProperty("QueueUrl") String queueUrl) {}
