package dev.cumulo.cost.estimate;

import java.util.List;

/**
 * Duration as a function of memory: {@code fixed + cpuWork / cpuShare(memory)}. The fixed part (waiting on the
 * network, disk) does not change with memory; the CPU work shrinks with the CPU share Lambda allocates, which is
 * proportional to memory (1,769 MB = one vCPU, 10,240 MB = 6 vCPUs) and useful only up to the threads the code runs.
 *
 * <p>With measurements at two or more CPU shares the two parts are fitted by least squares; with one, the split is
 * the assumed CPU-bound fraction.
 */
record DurationModel(double fixedMs, double cpuWorkMs, int memoryPerVcpuMb, int maxVcpus, int threads) {

  static DurationModel fit(List<SweepPoint> points, SweepOptions options, int memoryPerVcpuMb, int maxVcpus) {
    DurationModel shape = new DurationModel(0, 0, memoryPerVcpuMb, maxVcpus, options.threads());
    int n = points.size();
    double sumX = 0;
    double sumY = 0;
    double sumXx = 0;
    double sumXy = 0;
    for (SweepPoint p : points) {
      double x = 1 / shape.cpuShare(p.memoryMb());
      sumX += x;
      sumY += p.medianDurationMs();
      sumXx += x * x;
      sumXy += x * p.medianDurationMs();
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double varianceX = sumXx / n - meanX * meanX;
    if (n < 2 || varianceX < 1e-12) {
      double cpu = options.cpuBoundFraction() * meanY;
      return shape.with(meanY - cpu, cpu / meanX);
    }
    double slope = (sumXy / n - meanX * meanY) / varianceX;
    double intercept = meanY - slope * meanX;
    if (slope < 0) {
      return shape.with(meanY, 0);
    }
    if (intercept < 0) {
      return shape.with(0, sumXy / sumXx);
    }
    return shape.with(intercept, slope);
  }

  private DurationModel with(double fixed, double cpuWork) {
    return new DurationModel(fixed, cpuWork, memoryPerVcpuMb, maxVcpus, threads);
  }

  /** The vCPUs the code can use at {@code memoryMb}: the proportional share, at most its threads and the cores. */
  double cpuShare(int memoryMb) {
    double proportional = (double) memoryMb / memoryPerVcpuMb;
    int cores = Math.min(maxVcpus, (int) Math.ceil(proportional));
    return Math.min(proportional, Math.min(threads, cores));
  }

  double durationMs(int memoryMb) {
    return fixedMs + cpuWorkMs / cpuShare(memoryMb);
  }
}
