package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded functions priced on AWS Lambda, Azure Functions (Consumption and Flex Consumption on demand) and Cloud
 * Run functions, at the same traffic. Only function charges are compared: storage, queues and gateways differ too much
 * between providers to map one to one.
 */
public final class ProviderComparison {
  private final PriceCatalog aws;
  private final PriceCatalog azure;
  private final PriceCatalog google;

  public ProviderComparison(PriceCatalog aws, PriceCatalog azure, PriceCatalog google) {
    this.aws = aws;
    this.azure = azure;
    this.google = google;
  }

  public List<ProviderEstimate> compare(UsageSnapshot snapshot, ProjectionRequest request) {
    if (snapshot.invocations().isEmpty()) {
      throw new IllegalArgumentException("no function invocations recorded: nothing to compare");
    }
    UsageSnapshot functionsOnly = UsageSnapshot.of(snapshot.invocations());
    BigDecimal factor = RecordedMix.of(aws, functionsOnly, request.architecture())
        .scale(request.traffic().invocationsPerMonth());
    Projection lambda = new Projector(aws).project(functionsOnly, request);
    return List.of(
        new ProviderEstimate("aws", "Lambda", aws.region(), lambda.bill(), lambda.assumptions()),
        estimate(azure, "Consumption", snapshot, factor, request, this::azureConsumption, List.of(new Assumption(
            "azure.memory", "Azure bills memory used, rounded up to 128 MB and at most 1,536 MB; the configured "
                + "memory is taken as the memory used. Execution time at least 100 ms."))),
        estimate(azure, "Flex Consumption (on demand)", snapshot, factor, request, this::azureFlex, List.of(
            new Assumption("azure.flex", "Flex Consumption bills the instance memory (2,048 MB by default) while "
                + "executing; one execution per instance at a time; no always-ready instances."))),
        estimate(google, "Cloud Run functions", snapshot, factor, request, this::googleRun, List.of(new Assumption(
            "google.cpu", "Cloud Run functions at the next memory size up with its default vCPU; billed per 100 ms "
                + "including the INIT phase; request-based billing."))));
  }

  private interface Metering {
    List<MeteredUsage> meter(InvocationUsage usage);
  }

  private ProviderEstimate estimate(PriceCatalog catalog, String plan, UsageSnapshot snapshot, BigDecimal factor,
      ProjectionRequest request, Metering metering, List<Assumption> specific) {
    List<MeteredUsage> month = new ArrayList<>();
    snapshot.invocations().forEach(i -> metering.meter(i).forEach(u -> month.add(u.times(factor))));
    MonthlyBill bill = MonthlyBill.of(catalog, month, request.freeTier());
    List<Assumption> assumptions = new ArrayList<>(specific);
    assumptions.add(new Assumption("prices", "Prices: " + catalog.provider() + " " + catalog.region() + ", "
        + catalog.origin() + "."));
    return new ProviderEstimate(catalog.provider(), plan, catalog.region(), bill, assumptions);
  }

  private List<MeteredUsage> azureConsumption(InvocationUsage usage) {
    long step = azure.rule("consumption.memoryRoundingMb").longValueExact();
    long memory = Math.min(azure.rule("consumption.maxMemoryMb").longValueExact(),
        (usage.memoryMb() + step - 1) / step * step);
    long ms = Math.max(azure.rule("consumption.minExecutionMs").longValueExact(), wholeMs(usage, 1));
    return List.of(
        new MeteredUsage(usage.function(), "azure.consumption.executions", BigDecimal.ONE),
        new MeteredUsage(usage.function(), "azure.consumption.executionTime",
            LambdaMetering.gbSeconds((int) memory, ms)));
  }

  private List<MeteredUsage> azureFlex(InvocationUsage usage) {
    int memory = azure.rule("flex.instanceMemoryMb").intValueExact();
    return List.of(
        new MeteredUsage(usage.function(), "azure.flex.onDemand.executions", BigDecimal.ONE),
        new MeteredUsage(usage.function(), "azure.flex.onDemand.executionTime",
            LambdaMetering.gbSeconds(memory, wholeMs(usage, 1))));
  }

  private List<MeteredUsage> googleRun(InvocationUsage usage) {
    Map.Entry<Integer, BigDecimal> size = googleSize(usage.memoryMb());
    long ms = wholeMs(usage, google.rule("run.durationGranularityMs").longValueExact());
    BigDecimal seconds = BigDecimal.valueOf(ms).movePointLeft(3);
    return List.of(
        new MeteredUsage(usage.function(), "gcp.run.requests", BigDecimal.ONE),
        new MeteredUsage(usage.function(), "gcp.run.cpu", size.getValue().multiply(seconds)),
        new MeteredUsage(usage.function(), "gcp.run.memory",
            BigDecimal.valueOf(size.getKey()).divide(BigDecimal.valueOf(1024)).multiply(seconds)));
  }

  /** The smallest Cloud Run functions memory size that holds {@code memoryMb}, with its vCPU. */
  private Map.Entry<Integer, BigDecimal> googleSize(int memoryMb) {
    TreeMap<Integer, BigDecimal> sizes = new TreeMap<>();
    google.rules().forEach((key, value) -> {
      if (key.startsWith("run.vcpuFor.")) {
        sizes.put(Integer.parseInt(key.substring("run.vcpuFor.".length())), new BigDecimal(value));
      }
    });
    Map.Entry<Integer, BigDecimal> size = sizes.ceilingEntry(memoryMb);
    return size != null ? size : sizes.lastEntry();
  }

  /** Duration plus INIT on a cold start, rounded up to {@code granularityMs}. */
  private static long wholeMs(InvocationUsage usage, long granularityMs) {
    double ms = usage.durationMs() + (usage.coldStart() ? usage.initDurationMs() : 0);
    long granules = BigDecimal.valueOf(ms).divide(BigDecimal.valueOf(granularityMs), 0, RoundingMode.CEILING)
        .longValueExact();
    return granules * granularityMs;
  }
}
