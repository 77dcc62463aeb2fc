package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The requested attributes by name.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html">API_GetQueueAttributes</a>
 */
public record GetQueueAttributesResult(
    @JsonProperty("Attributes") Map<String, String> attributes) {}
