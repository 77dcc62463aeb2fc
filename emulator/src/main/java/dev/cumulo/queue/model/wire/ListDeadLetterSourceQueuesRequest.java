package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Lists the queues that use a queue as their dead-letter queue.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListDeadLetterSourceQueues.html">API_ListDeadLetterSourceQueues</a>
 */
public record ListDeadLetterSourceQueuesRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("NextToken") String nextToken,
    @JsonProperty("MaxResults") Integer maxResults) {}
