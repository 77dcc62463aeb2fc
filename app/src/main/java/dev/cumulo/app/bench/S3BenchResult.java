package dev.cumulo.app.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * What one S3 benchmark run measured: completed PUT+GET pairs, failures, and the latency of a pair.
 *
 * @param pairs PUT+GET pairs completed in the measured window
 * @param failures pairs that failed (an exception from either call, or a GET that did not return what was put)
 */
public record S3BenchResult(int clients, Duration elapsed, long pairs, long failures, Stats pairLatency) {

  public double pairsPerSecond() {
    return pairs / (elapsed.toNanos() / 1e9);
  }

  /** Single requests per second: each pair is two. */
  public double operationsPerSecond() {
    return 2 * pairsPerSecond();
  }

  public double medianMillis() {
    return pairLatency.medianMicros() / 1000;
  }

  public double p99Millis() {
    return pairLatency.p99Micros() / 1000;
  }

  public String summary() {
    return String.format(
        Locale.ROOT,
        "%.0f PUT+GET pairs/s (%.0f requests/s) with %d clients over %.1f s; pair latency %s; %d failures",
        pairsPerSecond(), operationsPerSecond(), clients, elapsed.toNanos() / 1e9, pairLatency.describe(), failures);
  }
}
