package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of queue URLs and the token for the next page.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html">API_ListQueues</a>
 */
public record ListQueuesResult(
    @JsonProperty("QueueUrls") List<String> queueUrls,
    @JsonProperty("NextToken") String nextToken) {}
