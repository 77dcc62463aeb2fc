package dev.cumulo.queue.model;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How to receive: up to {@code maxMessages} (1-10), an optional visibility timeout overriding the queue's, how long to
 * wait for a message (seconds; empty means the queue's ReceiveMessageWaitTimeSeconds), and which system attributes and
 * message attributes to return ({@code All}, names, or for message attributes {@code prefix.*}).
 */
public record ReceiveOptions(
    int maxMessages,
    OptionalInt visibilityTimeout,
    OptionalInt waitSeconds,
    Set<String> systemAttributeNames,
    List<String> messageAttributeNames) {

  public ReceiveOptions {
    systemAttributeNames = Set.copyOf(systemAttributeNames);
    messageAttributeNames = List.copyOf(messageAttributeNames);
  }

  /** One message, everything returned, no waiting beyond the queue's default. */
  public static ReceiveOptions everything(int maxMessages) {
    return new ReceiveOptions(maxMessages, OptionalInt.empty(), OptionalInt.empty(), Set.of("All"), List.of("All"));
  }

  public ReceiveOptions waiting(int seconds) {
    return new ReceiveOptions(maxMessages, visibilityTimeout, OptionalInt.of(seconds), systemAttributeNames, messageAttributeNames);
  }

  public ReceiveOptions withVisibilityTimeout(int seconds) {
    return new ReceiveOptions(maxMessages, OptionalInt.of(seconds), waitSeconds, systemAttributeNames, messageAttributeNames);
  }
}
