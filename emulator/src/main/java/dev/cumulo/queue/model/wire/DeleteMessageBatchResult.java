package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which deletions succeeded and which failed.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html">API_DeleteMessageBatch</a>
 */
public record DeleteMessageBatchResult(
    @JsonProperty("Successful") List<DeleteMessageBatchResultEntry> successful,
    @JsonProperty("Failed") List<BatchResultErrorEntry> failed) {}
