package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost and duration of a function at every memory size from 128 MB to 10,240 MB. Measured points (the recorded size,
 * and the sizes a re-run at other memory produced) are used as they are; the other sizes are modelled from them with
 * {@link DurationModel}.
 */
public final class MemorySweep {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private final PriceCatalog catalog;
  private final int memoryPerVcpuMb;
  private final int maxVcpus;

  public MemorySweep(PriceCatalog catalog) {
    this.catalog = catalog;
    this.memoryPerVcpuMb = catalog.rule("lambda.memoryPerVcpuMb").intValueExact();
    this.maxVcpus = catalog.rule("lambda.maxVcpus").intValueExact();
  }

  public SweepResult sweep(String function, Architecture architecture, List<SweepPoint> points, SweepOptions options) {
    List<SweepPoint> measured = points.stream().filter(SweepPoint::measured).toList();
    if (measured.isEmpty()) {
      throw new IllegalArgumentException(function + ": a sweep needs at least one measured duration");
    }
    DurationModel model = DurationModel.fit(measured, options, memoryPerVcpuMb, maxVcpus);
    Map<Integer, Double> durations = new TreeMap<>();
    options.sizesMb().forEach(size -> durations.put(size, model.durationMs(size)));
    Map<Integer, Boolean> isMeasured = new TreeMap<>();
    for (SweepPoint p : measured) {
      durations.put(p.memoryMb(), p.medianDurationMs());
      isMeasured.put(p.memoryMb(), true);
    }
    List<SweepRow> rows = new ArrayList<>();
    durations.forEach(
        (size, ms) -> rows.add(row(architecture, size, model.cpuShare(size), ms, isMeasured.containsKey(size))));
    SweepRow cheapest = rows.stream()
        .min(Comparator.comparing(SweepRow::costPerInvocation)
            .thenComparingLong(SweepRow::billedDurationMs).thenComparingInt(SweepRow::memoryMb))
        .orElseThrow();
    SweepRow fastest = rows.stream()
        .min(Comparator.comparingLong(SweepRow::billedDurationMs)
            .thenComparing(SweepRow::costPerInvocation).thenComparingInt(SweepRow::memoryMb))
        .orElseThrow();
    return new SweepResult(function, architecture, rows, cheapest, fastest, assumptions(measured, model, options));
  }

  private SweepRow row(Architecture architecture, int memoryMb, double share, double durationMs, boolean measured) {
    // to the microsecond first, so that a modelled 8000.000000000001 ms is billed as the 8000 ms it stands for
    long billed = BigDecimal.valueOf(durationMs).setScale(3, RoundingMode.HALF_UP)
        .setScale(0, RoundingMode.CEILING).longValueExact();
    BigDecimal duration = catalog.meter("lambda.duration." + architecture.apiName()).firstUnitPrice()
        .multiply(LambdaMetering.gbSeconds(memoryMb, billed));
    BigDecimal cost = catalog.meter("lambda.requests").firstUnitPrice().add(duration);
    return new SweepRow(memoryMb, share, durationMs, billed, measured, cost, cost.multiply(MILLION));
  }

  private List<Assumption> assumptions(List<SweepPoint> measured, DurationModel model, SweepOptions options) {
    List<Assumption> list = new ArrayList<>();
    list.add(new Assumption("sweep.cpu", "Lambda allocates CPU in proportion to memory: 1,769 MB is one vCPU, "
        + "10,240 MB is 6 vCPUs; code using " + options.threads() + (options.threads() == 1 ? " thread" : " threads")
        + " gains nothing beyond that many vCPUs."));
    long distinctShares = measured.stream().map(p -> model.cpuShare(p.memoryMb())).distinct().count();
    if (distinctShares < 2) {
      list.add(new Assumption("sweep.model", "Only one CPU share measured: "
          + Math.round(options.cpuBoundFraction() * 100) + "% of the duration is assumed to scale with CPU, the "
          + "rest (waiting on I/O) to stay the same at every size."));
    } else {
      list.add(new Assumption("sweep.model", String.format(Locale.ROOT,
          "Fitted from %d measured sizes: %.1f ms that do not depend on memory plus %.1f ms of CPU work at one vCPU.",
          measured.size(), model.fixedMs(), model.cpuWorkMs())));
    }
    list.add(new Assumption("sweep.price", "Cost per invocation at first-tier prices, without free tier, "
        + "INIT excluded (it happens on cold starts only)."));
    return list;
  }
}
