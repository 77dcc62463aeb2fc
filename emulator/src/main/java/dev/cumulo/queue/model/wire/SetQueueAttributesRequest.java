package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Changes some of a queue's attributes.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html">API_SetQueueAttributes</a>
 */
public record SetQueueAttributesRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("Attributes") Map<String, String> attributes) {}
