package dev.cumulo.cost.cli;

import dev.cumulo.cost.catalog.CatalogException;
import dev.cumulo.cost.estimate.CostEstimator;
import dev.cumulo.cost.estimate.CostReport;
import dev.cumulo.cost.estimate.FreeTierMode;
import dev.cumulo.cost.estimate.ProjectionRequest;
import dev.cumulo.cost.estimate.Traffic;
import dev.cumulo.cost.usage.JsonUsageSource;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.cost.usage.UsageException;
import dev.cumulo.cost.usage.UsageSnapshot;
import dev.cumulo.cost.usage.UsageSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code cumulo cost [template.yaml] [--data-dir DIR] [--requests-per-month N] [--arch arm64|x86_64]
 * [--no-free-tier] [--json]}: what the recorded workload will cost a month in the cloud.
 */
public final class CostCommand {
  public static final int OK = 0;
  public static final int BAD_INPUT = 2;

  private final BiFunction<Path, Path, UsageSource> sources;

  /** Reads what the recorder kept in the data folder, with architectures from the template. */
  public CostCommand() {
    this(RecorderUsageSource::new);
  }

  /** @param sources the usage recorded in a data folder, given the data folder and the template */
  public CostCommand(BiFunction<Path, Path, UsageSource> sources) {
    this.sources = sources;
  }

  /** Reads {@code <dataDir>/usage.json}, a file of usage records. */
  public static CostCommand fromUsageFiles() {
    return new CostCommand((dataDir, template) -> new JsonUsageSource(dataDir.resolve(JsonUsageSource.FILE_NAME)));
  }

  public int run(List<String> args, PrintStream out, PrintStream err) {
    try {
      CostArguments arguments = CostArguments.parse(args);
      if (arguments.help()) {
        out.println(CostArguments.USAGE);
        return OK;
      }
      CostReport report = estimate(arguments);
      if (arguments.json()) {
        out.println(JsonReport.render(report));
      } else {
        TextReport.render(report, out);
      }
      return OK;
    } catch (UsageError | UsageException | CatalogException | IllegalArgumentException e) {
      err.println("cumulo cost: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private CostReport estimate(CostArguments arguments) {
    if (arguments.templateGiven() && !Files.isRegularFile(arguments.template())) {
      throw new UsageError(arguments.template() + ": no such template");
    }
    Path folder = arguments.template().toAbsolutePath().getParent();
    CostEstimator estimator = CostEstimator.forProject(folder);
    UsageSnapshot snapshot = sources.apply(arguments.dataDir(), arguments.template()).load();
    if (snapshot.invocations().isEmpty() && snapshot.serviceRequests().isEmpty()) {
      throw new UsageError("nothing recorded in " + arguments.dataDir() + " yet: run the project and invoke it first");
    }
    ProjectionRequest request = ProjectionRequest.of(Traffic.perMonth(arguments.requestsPerMonth()))
        .withFreeTier(arguments.freeTier() ? FreeTierMode.ALWAYS_FREE : FreeTierMode.NONE);
    if (arguments.architecture().isPresent()) {
      request = request.withArchitecture(arguments.architecture().get());
    }
    return estimator.estimate(snapshot, request);
  }
}
