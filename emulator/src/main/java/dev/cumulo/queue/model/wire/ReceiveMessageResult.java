package dev.cumulo.queue.model.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The received messages; none when the queue had nothing to give.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html">API_ReceiveMessage</a>
 */
public record ReceiveMessageResult(
    @JsonProperty("Messages") List<Message> messages) {}
