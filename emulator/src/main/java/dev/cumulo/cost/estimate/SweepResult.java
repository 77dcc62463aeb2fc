package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import java.util.List;

/** Cost and speed at every memory size, with the cheapest and the fastest marked. */
public record SweepResult(
    String function,
    Architecture architecture,
    List<SweepRow> rows,
    SweepRow cheapest,
    SweepRow fastest,
    List<Assumption> assumptions) {

  public SweepResult {
    rows = List.copyOf(rows);
    assumptions = List.copyOf(assumptions);
  }
}
