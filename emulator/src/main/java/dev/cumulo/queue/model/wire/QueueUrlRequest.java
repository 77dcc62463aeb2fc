package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request naming only a queue: DeleteQueue, PurgeQueue and ListQueueTags.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteQueue.html">API_DeleteQueue</a>
 */
public record QueueUrlRequest(
    @JsonProperty("QueueUrl") String queueUrl) {}
