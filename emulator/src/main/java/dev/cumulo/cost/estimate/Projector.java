package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Quantities;
import dev.cumulo.cost.catalog.FreeAllowance;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Projects a month from what was recorded: the recorded mix scaled to a traffic level, priced like a bill. */
public final class Projector {
  private final PriceCatalog catalog;

  public Projector(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  public PriceCatalog catalog() {
    return catalog;
  }

  public Projection project(UsageSnapshot snapshot, ProjectionRequest request) {
    return project(RecordedMix.of(catalog, snapshot, request.architecture()), request);
  }

  /** For callers that project one recording at many traffic levels (charts, break-even): meter once, scale often. */
  public Projection project(RecordedMix mix, ProjectionRequest request) {
    BigDecimal monthly = request.traffic().invocationsPerMonth();
    MonthlyBill bill = MonthlyBill.of(catalog, mix.atMonthly(monthly), request.freeTier());
    return new Projection(
        catalog.provider(),
        catalog.region(),
        request.architecture(),
        monthly,
        request.freeTier(),
        bill,
        assumptions(mix, request));
  }

  private List<Assumption> assumptions(RecordedMix mix, ProjectionRequest request) {
    List<Assumption> list = new ArrayList<>();
    String unit = mix.countsInvocations() ? "function invocations" : "service requests (no function was recorded)";
    BigDecimal monthly = request.traffic().invocationsPerMonth();
    list.add(new Assumption("traffic.scale", "Traffic counted in " + unit + ": the "
        + Quantities.grouped(mix.recordedCount()) + " recorded are scaled to " + Quantities.grouped(monthly)
        + " a month (each stands for " + Quantities.grouped(mix.scale(monthly)) + "), keeping their mix of "
        + "functions, durations and service requests."));
    list.add(new Assumption("duration.local", "Durations are those measured on this machine; in the cloud they "
        + "differ with the CPU share of the memory size and with network latency to other services."));
    request.architecture().ifPresent(a -> list.add(new Assumption("architecture.what-if", "Every function priced "
        + "as " + a.apiName() + " with the durations measured here (no speed-up or slow-down from the other CPU).")));
    list.add(new Assumption("duration.rounding", "Duration billed per 1 ms, rounded up per invocation; the INIT "
        + "phase of cold starts is billed (on-demand functions, since 1 August 2025)."));
    list.add(new Assumption("free-tier", freeTierText(request.freeTier())));
    if (!mix.storage().isEmpty()) {
      list.add(new Assumption("storage.constant", "Objects stored now stay stored for the whole month."));
    }
    list.add(new Assumption("data-transfer", "Responses to clients on the internet are data transfer out; traffic "
        + "between services in the region is free."));
    list.add(new Assumption("prices", "Prices: " + catalog.provider() + " " + catalog.region() + ", "
        + catalog.origin() + "."));
    return list;
  }

  private String freeTierText(FreeTierMode mode) {
    if (mode == FreeTierMode.NONE) {
      return "No free tier: every unit at its price.";
    }
    String allowances = catalog.freeTier().stream()
        .filter(a -> mode.covers(a.term()))
        .map(FreeAllowance::description)
        .collect(Collectors.joining("; "));
    return "Monthly free tier deducted from the first units: " + allowances
        + ". Allowances shared by several meters are spent in catalogue order (x86 before Arm).";
  }
}
