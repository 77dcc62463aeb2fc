package dev.cumulo.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Order statistics of measured samples (in microseconds). */
public record Stats(int count, double medianMicros, double p99Micros) {

  public static Stats of(List<Long> samples) {
    long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 99));
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  public String describe() {
    return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms (n=%d)", medianMicros / 1000, p99Micros / 1000, count);
  }

  static double median(long[] values) {
    long[] copy = Arrays.copyOf(values, values.length);
    Arrays.sort(copy);
    return percentile(copy, 50);
  }
}
