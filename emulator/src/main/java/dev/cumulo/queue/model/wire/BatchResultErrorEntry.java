package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One failed entry of a batch.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_BatchResultErrorEntry.html">API_BatchResultErrorEntry</a>
 */
public record BatchResultErrorEntry(
    @JsonProperty("Id") String id,
    @JsonProperty("SenderFault") boolean senderFault,
    @JsonProperty("Code") String code,
    @JsonProperty("Message") String message) {}
