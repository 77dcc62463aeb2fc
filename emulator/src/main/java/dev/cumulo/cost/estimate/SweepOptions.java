package dev.cumulo.cost.estimate;

import java.util.List;

/**
 * How to sweep.
 *
 * @param sizesMb the memory sizes to price (measured sizes are always added)
 * @param cpuBoundFraction the share of a measured duration that scales with CPU (1: all of it; the rest, waiting on
 *     the network or disk, does not); used when the measurements cannot tell
 * @param threads how many threads the code keeps busy: more vCPUs beyond this do not make it faster
 */
public record SweepOptions(List<Integer> sizesMb, double cpuBoundFraction, int threads) {
  public static final List<Integer> DEFAULT_SIZES =
      List.of(128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008, 3538, 4096, 5120, 6144, 7076, 8192, 10240);

  public SweepOptions {
    sizesMb = List.copyOf(sizesMb);
    if (!(cpuBoundFraction >= 0 && cpuBoundFraction <= 1)) {
      throw new IllegalArgumentException("cpuBoundFraction must be between 0 and 1");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** Every default size, fully CPU-bound, single-threaded: the model that shows memory's effect most. */
  public static SweepOptions defaults() {
    return new SweepOptions(DEFAULT_SIZES, 1.0, 1);
  }
}
