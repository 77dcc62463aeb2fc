package dev.cumulo.app.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * What one S3 benchmark run measured: completed PUT+GET pairs, failures, and the latency of a pair.
 *
 * @param pairs PUT+GET pairs completed in the measured window
 * @param failures pairs that failed (an exception from either call, or a GET that did not return what was put)
 */
public record S3BenchResult(
    int clients, Duration elapsed, long pairs, long failures, double medianMillis, double p99Millis) {

  public double pairsPerSecond() {
    return pairs / (elapsed.toNanos() / 1e9);
  }

  /** Single requests per second: each pair is two. */
  public double operationsPerSecond() {
    return 2 * pairsPerSecond();
  }

  public String summary() {
    return String.format(
        Locale.ROOT,
        "%d clients, %.1f s: %.0f PUT+GET pairs/s (%.0f requests/s), pair latency median %.2f ms, p99 %.2f ms,"
            + " %d failures",
        clients, elapsed.toNanos() / 1e9, pairsPerSecond(), operationsPerSecond(), medianMillis, p99Millis, failures);
  }
}
