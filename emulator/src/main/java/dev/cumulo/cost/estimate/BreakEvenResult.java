package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Assumption;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where an always-on server becomes cheaper than the functions.
 *
 * @param breakEvenInvocationsPerMonth the lowest monthly traffic at which the server costs less, if there is one up to
 *     {@link BreakEven#MAX_INVOCATIONS_PER_MONTH}
 * @param series points for a chart, traffic rising (log-spaced), with the break-even point among them
 */
public record BreakEvenResult(
    ServerOption server,
    OptionalLong breakEvenInvocationsPerMonth,
    List<BreakEvenPoint> series,
    List<Assumption> assumptions) {

  public BreakEvenResult {
    series = List.copyOf(series);
    assumptions = List.copyOf(assumptions);
  }
}
