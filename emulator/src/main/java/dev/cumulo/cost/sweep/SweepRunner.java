package dev.cumulo.cost.sweep;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.estimate.MemorySweep;
import dev.cumulo.cost.estimate.RecordedSweepPoints;
import dev.cumulo.cost.estimate.SweepOptions;
import dev.cumulo.cost.estimate.SweepPoint;
import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.functions.launch.CpuLimiting;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.DedicatedPool;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.recorder.InvocationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a memory sweep: for each size, a dedicated instance with that MemorySize and, where the platform can limit CPU,
 * memory/1,769 MB vCPUs (at most Lambda's 6); the event run there {@code repetitions} times, one after another; the
 * warm medians handed to {@link MemorySweep}. Sizes run one after another so they do not compete for the CPU.
 */
public final class SweepRunner {
  private final FunctionService functions;
  private final Supplier<PriceCatalog> prices;

  /** @param prices the AWS catalogue to price with, read per sweep so that an edited override file applies */
  public SweepRunner(FunctionService functions, Supplier<PriceCatalog> prices) {
    this.functions = functions;
    this.prices = prices;
  }

  /**
   * @throws NoSuchElementException when there is no such function
   * @throws IllegalStateException when the function cannot run here, or failed at every size
   */
  public SweepReport run(SweepRequest request) {
    FunctionInfo function = functions.function(request.function())
        .orElseThrow(() -> new NoSuchElementException("No function named " + request.function()));
    if (!function.availability().available()) {
      throw new IllegalStateException(function.name() + " cannot run here: " + function.availability().reason());
    }
    PriceCatalog catalog = prices.get();
    int memoryPerVcpuMb = catalog.rule("lambda.memoryPerVcpuMb").intValueExact();
    int maxVcpus = catalog.rule("lambda.maxVcpus").intValueExact();
    CpuLimiting limiting = functions.cpuLimiting(function.name());
    List<SizeRuns> sizes = new ArrayList<>();
    for (int memoryMb : request.sizesMb()) {
      double cpus = limiting.limits() ? Math.min(maxVcpus, (double) memoryMb / memoryPerVcpuMb) : 0;
      sizes.add(measure(function.name(), request, memoryMb, cpus));
    }
    List<SweepPoint> points = limiting.limits() ? measuredPoints(sizes) : oneVcpuPoint(sizes, memoryPerVcpuMb);
    if (points.isEmpty()) {
      throw new IllegalStateException(function.name() + " failed at every size: " + sizes.stream()
          .map(s -> s.memoryMb() + " MB " + s.error().orElse("no warm run"))
          .collect(Collectors.joining(", ")));
    }
    Architecture architecture = Architecture.fromApiName(function.config().architecture()).orElse(Architecture.X86_64);
    SweepResult result = new MemorySweep(catalog)
        .sweep(function.name(), architecture, points, new SweepOptions(request.sizesMb(), 1.0, 1));
    return new SweepReport(result, limiting, statement(limiting, sizes, memoryPerVcpuMb), request.repetitions(), sizes);
  }

  private SizeRuns measure(String function, SweepRequest request, int memoryMb, double cpus) {
    Trigger trigger = new Trigger(Trigger.Source.SWEEP, "memory sweep " + memoryMb + " MB");
    List<InvocationRecord> runs = new ArrayList<>();
    try (DedicatedPool pool = functions.dedicated(function, memoryMb, cpus)) {
      for (int i = 0; i < request.repetitions(); i++) {
        InvocationRequest run =
            functions.request(function, request.event(), InvocationType.REQUEST_RESPONSE, trigger, Optional.empty());
        InvocationRecord record = pool.invoke(run).join().record();
        runs.add(record);
        if (record.outcome() != OutcomeKind.SUCCESS) {
          break;
        }
      }
    }
    return SizeRuns.of(memoryMb, cpus, runs);
  }

  private static List<SweepPoint> measuredPoints(List<SizeRuns> sizes) {
    return sizes.stream()
        .filter(s -> s.warmMedianMs().isPresent())
        .map(s -> SweepPoint.measured(s.memoryMb(), s.warmMedianMs().get()))
        .toList();
  }

  /**
   * Unlimited, every run had what the machine gave it: a whole core for single-threaded code, as Lambda gives at
   * 1,769 MB. So all warm runs together are the one measured point, at that size; the model gives the others.
   */
  private static List<SweepPoint> oneVcpuPoint(List<SizeRuns> sizes, int memoryPerVcpuMb) {
    List<Double> warm = sizes.stream()
        .filter(s -> s.warmMedianMs().isPresent())
        .flatMap(s -> s.warmDurationsMs().stream())
        .toList();
    return warm.isEmpty() ? List.of() : List.of(SweepPoint.measured(memoryPerVcpuMb, RecordedSweepPoints.median(warm)));
  }

  private static String statement(CpuLimiting limiting, List<SizeRuns> sizes, int memoryPerVcpuMb) {
    if (!limiting.limits()) {
      return String.format(Locale.ROOT, "CPU not limited on this platform (%s): every run had as much CPU as the "
          + "machine gave it, about one vCPU for single-threaded code, so the runs stand for %,d MB and the "
          + "durations at the other sizes are modelled.", limiting.detail(), memoryPerVcpuMb);
    }
    String text = String.format(Locale.ROOT, "CPU limited with %s (%s): each size ran with memory/%,d MB vCPUs, "
        + "as in Lambda.", limiting.method().label(), limiting.detail(), memoryPerVcpuMb);
    int cores = Runtime.getRuntime().availableProcessors();
    boolean beyondCores = sizes.stream().anyMatch(s -> s.cpus() > cores);
    return beyondCores ? text + String.format(Locale.ROOT, " This machine has %d cores: sizes above %,d MB could use "
        + "%d vCPUs at most.", cores, cores * memoryPerVcpuMb, cores) : text;
  }
}
