package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Asks for some (or All) of a queue's attributes.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html">API_GetQueueAttributes</a>
 */
public record GetQueueAttributesRequest(
    @JsonProperty("QueueUrl") String queueUrl,
    @JsonProperty("AttributeNames") List<String> attributeNames) {}
