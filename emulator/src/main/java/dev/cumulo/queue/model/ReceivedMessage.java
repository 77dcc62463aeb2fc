package dev.cumulo.queue.model;

import java.util.Map;
import java.util.Optional;

/**
 * A message handed to a receiver: the receipt handle of this receive, the body with its MD5, the requested system
 * attributes (SentTimestamp, ApproximateReceiveCount, ...) and the requested message attributes with their MD5.
 */
public record ReceivedMessage(
    String messageId,
    String receiptHandle,
    String body,
    String md5OfBody,
    Map<String, String> systemAttributes,
    Map<String, MessageAttribute> messageAttributes,
    Optional<String> md5OfMessageAttributes) {

  public ReceivedMessage {
    systemAttributes = Map.copyOf(systemAttributes);
    messageAttributes = Map.copyOf(messageAttributes);
  }
}
