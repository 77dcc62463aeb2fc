package dev.cumulo.cost.estimate;

/**
 * A function's typical duration at one memory size.
 *
 * @param medianDurationMs the median of the invocations measured (or modelled) at that size, INIT excluded
 * @param measured true when the events were actually re-run at this size; false when the duration is modelled
 */
public record SweepPoint(int memoryMb, double medianDurationMs, boolean measured) {
  public SweepPoint {
    if (memoryMb < 128 || memoryMb > 10_240) {
      throw new IllegalArgumentException("memoryMb must be 128 to 10240, was " + memoryMb);
    }
    if (!(medianDurationMs >= 0) || Double.isInfinite(medianDurationMs)) {
      throw new IllegalArgumentException("medianDurationMs must be finite and not negative");
    }
  }

  public static SweepPoint measured(int memoryMb, double medianDurationMs) {
    return new SweepPoint(memoryMb, medianDurationMs, true);
  }
}
