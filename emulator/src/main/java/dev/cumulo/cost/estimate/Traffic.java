package dev.cumulo.cost.estimate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** The traffic a month is projected at, counted in function invocations. */
public sealed interface Traffic permits Traffic.PerMonth, Traffic.DailyProfile {
  /** Hours in a billing month, as AWS counts them. */
  int HOURS_PER_MONTH = 730;

  BigDecimal invocationsPerMonth();

  /** Invocations per second in the busiest hour. */
  double peakPerSecond();

  static Traffic perMonth(long invocations) {
    return new PerMonth(invocations);
  }

  /** Evenly spread over the month. */
  record PerMonth(long invocations) implements Traffic {
    public PerMonth {
      if (invocations < 0) {
        throw new IllegalArgumentException("invocations per month must not be negative, was " + invocations);
      }
    }

    @Override
    public BigDecimal invocationsPerMonth() {
      return BigDecimal.valueOf(invocations);
    }

    @Override
    public double peakPerSecond() {
      return invocations / (HOURS_PER_MONTH * 3600.0);
    }
  }

  /**
   * The same day every day: {@code invocationsPerDay} spread over 24 hours by relative weights (any scale), so the
   * busiest hour sets the peak.
   */
  record DailyProfile(long invocationsPerDay, List<Double> hourlyWeights) implements Traffic {
    public DailyProfile {
      hourlyWeights = List.copyOf(hourlyWeights);
      if (invocationsPerDay < 0) {
        throw new IllegalArgumentException("invocations per day must not be negative, was " + invocationsPerDay);
      }
      if (hourlyWeights.size() != 24 || hourlyWeights.stream().anyMatch(w -> !(w >= 0))) {
        throw new IllegalArgumentException("a daily profile needs 24 hourly weights, none negative");
      }
      if (hourlyWeights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
        throw new IllegalArgumentException("a daily profile needs at least one hour with traffic");
      }
    }

    @Override
    public BigDecimal invocationsPerMonth() {
      return BigDecimal.valueOf(invocationsPerDay)
          .multiply(BigDecimal.valueOf(HOURS_PER_MONTH))
          .divide(BigDecimal.valueOf(24), MathContext.DECIMAL64);
    }

    @Override
    public double peakPerSecond() {
      double total = hourlyWeights.stream().mapToDouble(Double::doubleValue).sum();
      double peak = hourlyWeights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      return invocationsPerDay * (peak / total) / 3600.0;
    }
  }
}
