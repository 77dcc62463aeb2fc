package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Adds or replaces tags.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_TagQueue.html">API_TagQueue</a>
 */
public record TagQueueRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Tags") Map<String, String> tags) {}
