package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.catalog.PriceOverrides;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.nio.file.Path;
import java.util.List;

/**
 * One call for a whole {@link CostReport}: what a view model runs off the FX thread when the recording or the
 * settings change.
 */
public final class CostEstimator {
  private final PriceCatalog aws;
  private final PriceCatalog azure;
  private final PriceCatalog google;

  public CostEstimator(PriceCatalog aws, PriceCatalog azure, PriceCatalog google) {
    this.aws = aws;
    this.azure = azure;
    this.google = google;
  }

  /** AWS at the prices of the project in {@code projectFolder} (its price file applied), Azure and Google as shipped. */
  public static CostEstimator forProject(Path projectFolder) {
    return new CostEstimator(PriceOverrides.awsFor(projectFolder), Catalogs.azure(), Catalogs.google());
  }

  public CostReport estimate(UsageSnapshot snapshot, ProjectionRequest request) {
    Projector projector = new Projector(aws);
    Projection projection = projector.project(snapshot, request);
    Architecture whatIf = whatIfArchitecture(snapshot, request);
    List<ProviderEstimate> comparison = snapshot.invocations().isEmpty()
        ? List.of()
        : new ProviderComparison(aws, azure, google).compare(snapshot, request);
    MemorySweep sweep = new MemorySweep(aws);
    List<SweepResult> sweeps = RecordedSweepPoints.of(snapshot.invocations()).stream()
        .map(f -> sweep.sweep(f.function(), request.architecture().orElse(f.architecture()), f.points(),
            SweepOptions.defaults()))
        .toList();
    return new CostReport(
        projection,
        whatIf,
        projector.project(snapshot, request.withArchitecture(whatIf)),
        new SessionPricer(aws).price(snapshot),
        comparison,
        sweeps);
  }

  /** The other architecture than the one asked for, or than most recorded invocations ran on. */
  private static Architecture whatIfArchitecture(UsageSnapshot snapshot, ProjectionRequest request) {
    if (request.architecture().isPresent()) {
      return request.architecture().get().other();
    }
    long arm = snapshot.invocations().stream().map(InvocationUsage::architecture)
        .filter(a -> a == Architecture.ARM64).count();
    return arm * 2 > snapshot.invocations().size() ? Architecture.X86_64 : Architecture.ARM64;
  }
}
