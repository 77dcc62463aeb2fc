package dev.cumulo.app.bench;

import java.time.Duration;

/**
 * What one SQS benchmark run measured: messages that made the whole trip (sent in a batch of ten, received, deleted in
 * a batch) per second over the measured period, and the median and 99th-percentile latency of each call.
 */
public record SqsBenchResult(
    String endpoint,
    int clients,
    Duration measured,
    long messages,
    double messagesPerSecond,
    Duration sendBatchMedian,
    Duration receiveMedian,
    Duration deleteBatchMedian,
    Duration sendBatchP99,
    Duration receiveP99,
    Duration deleteBatchP99) {

  @Override
  public String toString() {
    return String.format(
        "%s: %,.0f messages/s with %d clients (%,d messages in %ds); median ms send %.2f, receive %.2f, delete %.2f;"
            + " p99 ms send %.2f, receive %.2f, delete %.2f",
        endpoint, messagesPerSecond, clients, messages, measured.toSeconds(), ms(sendBatchMedian), ms(receiveMedian),
        ms(deleteBatchMedian), ms(sendBatchP99), ms(receiveP99), ms(deleteBatchP99));
  }

  private static double ms(Duration d) {
    return d.toNanos() / 1e6;
  }
}
