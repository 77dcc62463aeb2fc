package dev.cumulo.cost.sweep;

import java.util.HashSet;
import java.util.List;

/**
 * What to sweep.
 *
 * @param event the payload every run receives (a captured invocation's request, or one given)
 * @param sizesMb the memory sizes to run at, 128 to 10,240 MB, each once
 * @param repetitions invocations per size; the first is the cold start, the others give the warm median
 */
public record SweepRequest(String function, byte[] event, List<Integer> sizesMb, int repetitions) {
  public static final int MIN_MEMORY_MB = 128;
  public static final int MAX_MEMORY_MB = 10_240;
  public static final int MAX_SIZES = 16;
  public static final int MIN_REPETITIONS = 2;
  public static final int MAX_REPETITIONS = 50;
  public static final List<Integer> DEFAULT_SIZES = List.of(128, 512, 1024, 1769, 3008);
  public static final int DEFAULT_REPETITIONS = 5;

  public SweepRequest {
    sizesMb = List.copyOf(sizesMb);
    if (sizesMb.isEmpty() || sizesMb.size() > MAX_SIZES) {
      throw new IllegalArgumentException("sizes must list 1 to " + MAX_SIZES + " memory sizes, got " + sizesMb.size());
    }
    for (int size : sizesMb) {
      if (size < MIN_MEMORY_MB || size > MAX_MEMORY_MB) {
        throw new IllegalArgumentException(
            "each size must be " + MIN_MEMORY_MB + " to " + MAX_MEMORY_MB + " MB (Lambda's MemorySize range), got " + size);
      }
    }
    if (new HashSet<>(sizesMb).size() != sizesMb.size()) {
      throw new IllegalArgumentException("sizes must not repeat, got " + sizesMb);
    }
    if (repetitions < MIN_REPETITIONS || repetitions > MAX_REPETITIONS) {
      throw new IllegalArgumentException("repetitions must be " + MIN_REPETITIONS + " to " + MAX_REPETITIONS
          + " (the first run is the cold start), got " + repetitions);
    }
  }
}
