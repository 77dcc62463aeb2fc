package dev.cumulo.ui.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Slices finished invocations into equal buckets of time and computes each bucket's counts, duration percentiles
 * (nearest rank, as CloudWatch's pNN) and peak concurrency (a sweep over starts and ends). Pure; tests call it directly.
 */
public final class MetricsCalculator {
  /** One finished invocation as metrics see it (epoch microseconds). */
  public record Sample(String function, long start, long end, double durationMs, boolean error, boolean throttled, boolean coldStart) {}

  private MetricsCalculator() {}

  public static List<MetricBucket> buckets(List<Sample> samples, long from, long to, int count) {
    long width = Math.max(1, (to - from) / count);
    List<List<Double>> durations = new ArrayList<>();
    int[] invocations = new int[count];
    int[] errors = new int[count];
    int[] throttles = new int[count];
    int[] colds = new int[count];
    for (int i = 0; i < count; i++) {
      durations.add(new ArrayList<>());
    }
    List<long[]> edges = new ArrayList<>();
    for (Sample s : samples) {
      if (s.end() < from || s.start() >= to) {
        continue;
      }
      int b = (int) ((s.start() - from) / width);
      if (b >= 0 && b < count) {
        invocations[b]++;
        errors[b] += s.error() ? 1 : 0;
        throttles[b] += s.throttled() ? 1 : 0;
        colds[b] += s.coldStart() ? 1 : 0;
        if (!s.throttled()) {
          durations.get(b).add(s.durationMs());
        }
      }
      if (!s.throttled()) {
        edges.add(new long[] {s.start(), 1});
        edges.add(new long[] {Math.max(s.start(), s.end()), -1});
      }
    }
    int[] peaks = peakConcurrency(edges, from, width, count);
    List<MetricBucket> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double[] d = durations.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      out.add(new MetricBucket(from + i * width, invocations[i], errors[i], throttles[i], colds[i], percentile(d, 50),
          percentile(d, 95), percentile(d, 99), peaks[i]));
    }
    return out;
  }

  /** Nearest-rank percentile of sorted values; 0 for none. */
  static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** Sweeps the starts (+1) and ends (-1) in time order; each bucket keeps the highest level seen inside it. */
  private static int[] peakConcurrency(List<long[]> edges, long from, long width, int count) {
    long[][] sorted = edges.toArray(new long[0][]);
    Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int[] peaks = new int[count];
    int running = 0;
    int current = 0;
    for (long[] edge : sorted) {
      int bucket = edge[0] < from ? -1 : (int) Math.min(count, (edge[0] - from) / width);
      for (int k = current; k <= Math.min(bucket, count - 1); k++) {
        peaks[k] = Math.max(peaks[k], running);
      }
      current = Math.max(current, bucket);
      running += (int) edge[1];
      if (bucket >= 0 && bucket < count) {
        peaks[bucket] = Math.max(peaks[bucket], running);
      }
    }
    for (int k = Math.max(0, current); k < count; k++) {
      peaks[k] = Math.max(peaks[k], running);
    }
    return peaks;
  }
}
