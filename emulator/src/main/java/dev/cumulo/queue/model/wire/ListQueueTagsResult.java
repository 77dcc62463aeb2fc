package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A queue's tags.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueueTags.html">API_ListQueueTags</a>
 */
public record ListQueueTagsResult(
    @JsonProperty("Tags") Map<String, String> tags) {}
