package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The source queues' URLs (this member is spelled queueUrls in the API).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListDeadLetterSourceQueues.html">API_ListDeadLetterSourceQueues</a>
 */
public record ListDeadLetterSourceQueuesResult(
    @JsonProperty("queueUrls") List<String> queueUrls,
    @JsonProperty("NextToken") String nextToken) {}
