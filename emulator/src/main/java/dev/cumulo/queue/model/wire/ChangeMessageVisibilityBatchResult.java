package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which visibility changes succeeded and which failed.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html">API_ChangeMessageVisibilityBatch</a>
 */
public record ChangeMessageVisibilityBatchResult(
    @JsonProperty("Successful") List<ChangeMessageVisibilityBatchResultEntry> successful,
    @JsonProperty("Failed") List<BatchResultErrorEntry> failed) {}
