package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import java.util.List;

/**
 * Everything the Cost view and {@code cumulo cost} show for one recording and one traffic level.
 *
 * @param projection the month as requested
 * @param whatIf the same month with every function on {@code whatIfArchitecture}
 * @param session each recorded record at its marginal price
 * @param comparison the functions on other providers
 * @param sweeps per function, cost and speed at every memory size
 */
public record CostReport(
    Projection projection,
    Architecture whatIfArchitecture,
    Projection whatIf,
    SessionCost session,
    List<ProviderEstimate> comparison,
    List<SweepResult> sweeps) {

  public CostReport {
    comparison = List.copyOf(comparison);
    sweeps = List.copyOf(sweeps);
  }
}
