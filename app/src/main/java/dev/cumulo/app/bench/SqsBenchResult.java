package dev.cumulo.app.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * What one SQS benchmark run measured: messages that made the whole trip (sent in a batch of ten, received, deleted in
 * a batch) per second over the measured period, and the latency of each of the three calls.
 */
public record SqsBenchResult(
    String endpoint,
    int clients,
    Duration measured,
    long messages,
    double messagesPerSecond,
    Stats sendBatch,
    Stats receive,
    Stats deleteBatch) {

  public String describe() {
    return String.format(Locale.ROOT,
        "%s: %.0f messages/s with %d clients (%d messages in %d s); SendMessageBatch %s; ReceiveMessage %s;"
            + " DeleteMessageBatch %s",
        endpoint, messagesPerSecond, clients, messages, measured.toSeconds(), sendBatch.describe(), receive.describe(),
        deleteBatch.describe());
  }
}
