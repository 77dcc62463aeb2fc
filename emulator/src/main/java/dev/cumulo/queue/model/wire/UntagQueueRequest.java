package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Removes tags by key.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_UntagQueue.html">API_UntagQueue</a>
 */
public record UntagQueueRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("TagKeys") List<String> tagKeys) {}
