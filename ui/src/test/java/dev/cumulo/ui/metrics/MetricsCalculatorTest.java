package dev.cumulo.ui.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.ui.metrics.MetricsCalculator.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
  private static Sample ok(long start, long end) {
    return new Sample("F", start, end, (end - start) / 1000.0, false, false, false);
  }

  @Test
  void countsLandInTheBucketWhereTheInvocationStarted() {
    List<MetricBucket> buckets = MetricsCalculator.buckets(List.of(ok(100, 200), ok(1_100, 1_200),
        new Sample("F", 1_500, 1_500, 0, false, true, false), new Sample("F", 1_600, 1_900, 0.3, true, false, true)), 0, 2_000, 2);

    assertEquals(List.of(1, 3), buckets.stream().map(MetricBucket::invocations).toList());
    assertEquals(List.of(0, 1), buckets.stream().map(MetricBucket::errors).toList());
    assertEquals(List.of(0, 1), buckets.stream().map(MetricBucket::throttles).toList());
    assertEquals(List.of(0, 1), buckets.stream().map(MetricBucket::coldStarts).toList());
  }

  @Test
  void percentilesUseTheNearestRank() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }

    assertEquals(List.of(50.0, 95.0, 99.0, 0.0), List.of(MetricsCalculator.percentile(sorted, 50),
        MetricsCalculator.percentile(sorted, 95), MetricsCalculator.percentile(sorted, 99), MetricsCalculator.percentile(new double[0], 50)));
  }

  @Test
  void concurrencyIsTheMostRunningAtOnceAndCarriesAcrossBuckets() {
    List<MetricBucket> buckets = MetricsCalculator.buckets(List.of(ok(100, 2_500), ok(200, 300), ok(250, 260)), 0, 3_000, 3);

    assertEquals(List.of(3, 1, 1), buckets.stream().map(MetricBucket::peakConcurrency).toList());
  }
}
