package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Lists queues, optionally by name prefix, a page at a time.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html">API_ListQueues</a>
 */
public record ListQueuesRequest(
    @JsonProperty("QueueNamePrefix") String queueNamePrefix,
    @JsonProperty("NextToken") String nextToken,
    @JsonProperty("MaxResults") Integer maxResults) {}
