package dev.cumulo.cost.sweep;

import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.functions.launch.CpuLimiting;
import java.util.List;

/**
 * A finished sweep: what each size measured, and the cost and duration of every size with the cheapest and the
 * fastest marked.
 *
 * @param statement how the CPU was limited, or why not and what was modelled instead, in one sentence to show
 */
public record SweepReport(
    SweepResult result,
    CpuLimiting cpuLimiting,
    String statement,
    int repetitions,
    List<SizeRuns> sizes) {

  public SweepReport {
    sizes = List.copyOf(sizes);
  }
}
