package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Creates a queue, or returns the existing one when its attributes match. The tags member is spelled {@code tags} in
 * the JSON protocol and {@code Tag.N} in the query protocol.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">API_CreateQueue</a>
 */
public record CreateQueueRequest(
    @JsonProperty("QueueName") String queueName,
    @JsonProperty("Attributes") Map<String, String> attributes,
    @JsonProperty("tags") @JsonAlias("Tags") Map<String, String> tags) {}
