package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which entries were sent and which failed.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html">API_SendMessageBatch</a>
 */
public record SendMessageBatchResult(
    @JsonProperty("Successful") List<SendMessageBatchResultEntry> successful,
    @JsonProperty("Failed") List<BatchResultErrorEntry> failed) {}
