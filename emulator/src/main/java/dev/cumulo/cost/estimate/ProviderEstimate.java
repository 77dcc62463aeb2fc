package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Assumption;
import java.util.List;

/** The functions of the recorded workload on one provider's plan, for a month. */
public record ProviderEstimate(String provider, String plan, String region, MonthlyBill bill,
    List<Assumption> assumptions) {

  public ProviderEstimate {
    assumptions = List.copyOf(assumptions);
  }
}
