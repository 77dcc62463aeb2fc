package dev.cumulo.cost.usage;

import dev.cumulo.cost.Architecture;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.metering.MeteredRequest;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.project.TemplateReader;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.recorder.ServiceRequestRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The invocations and service requests a project's recorder kept ({@code <dataDir>/recorder.db}), as usage to price.
 * Architecture and ephemeral storage come from the template, when it can be read; throttled invocations cost nothing
 * and are left out, and so are a memory sweep's re-runs.
 */
public final class RecorderUsageSource implements UsageSource {
  private final Path dataDir;
  private final Map<String, FunctionSpec> functions;

  public RecorderUsageSource(Path dataDir, Path template) {
    this(dataDir, read(template));
  }

  public RecorderUsageSource(Path dataDir, Optional<Project> project) {
    this.dataDir = dataDir;
    this.functions = project.map(p -> p.functions().stream()
            .collect(Collectors.toMap(FunctionSpec::functionName, Function.identity(), (a, b) -> a)))
        .orElse(Map.of());
  }

  private static Optional<Project> read(Path template) {
    if (!Files.isRegularFile(template)) {
      return Optional.empty();
    }
    try {
      return Optional.of(TemplateReader.read(template, TemplateReader.Options.defaults()));
    } catch (TemplateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  @Override
  public UsageSnapshot load() {
    if (!Files.isRegularFile(dataDir.resolve("recorder.db"))) {
      throw new UsageException("no recorded history in " + dataDir + ": run the project (cumulo serve) and invoke it first");
    }
    List<InvocationUsage> invocations = new ArrayList<>();
    List<ServiceRequestUsage> requests = new ArrayList<>();
    try (Recorder recorder = Recorder.open(dataDir)) {
      recorder.forEachFinished(record -> usage(record).ifPresent(invocations::add));
      recorder.forEachServiceRequest(record -> usage(record).ifPresent(requests::add));
    }
    return new UsageSnapshot(invocations, requests, List.of());
  }

  /**
   * One record as usage; empty for throttled invocations, which are not billed, and for a memory sweep's re-runs,
   * which are Cumulo's experiments, not the workload.
   */
  public Optional<InvocationUsage> usage(InvocationRecord record) {
    if (record.outcome() == OutcomeKind.THROTTLED || record.outcome() == OutcomeKind.PENDING
        || record.trigger().source() == dev.cumulo.functions.model.Trigger.Source.SWEEP) {
      return Optional.empty();
    }
    Optional<FunctionSpec> spec = Optional.ofNullable(functions.get(record.function()));
    Architecture architecture = spec.flatMap(f -> Architecture.fromApiName(f.architecture())).orElse(Architecture.X86_64);
    int storage = spec.map(FunctionSpec::ephemeralStorage).orElse(InvocationUsage.MIN_EPHEMERAL_MB);
    return Optional.of(new InvocationUsage(record.function(), architecture,
        Math.max(InvocationUsage.MIN_MEMORY_MB, record.memorySizeMb()), Math.max(InvocationUsage.MIN_EPHEMERAL_MB, storage),
        record.durationMs(), record.initDurationMs(), record.coldStart(), record.request().length, record.response().length,
        trigger(record)));
  }

  /** One metered request as usage; empty for a service the estimator does not price. */
  public static Optional<ServiceRequestUsage> usage(ServiceRequestRecord record) {
    MeteredRequest r = record.request();
    return Service.fromMeteringName(r.service()).map(service -> new ServiceRequestUsage(service, r.resource(),
        r.operation(), r.payloadBytes(), r.responseBytes(), record.fromAFunction() ? Origin.IN_REGION : Origin.INTERNET));
  }

  private static Trigger trigger(InvocationRecord record) {
    return switch (record.trigger().source()) {
      case HTTP -> record.trigger().detail().startsWith("REST") ? Trigger.REST_API : Trigger.HTTP_API;
      case S3 -> Trigger.S3;
      case SQS -> Trigger.SQS;
      case SCHEDULE -> Trigger.SCHEDULE;
      default -> record.type() == InvocationType.EVENT ? Trigger.ASYNC_INVOKE : Trigger.INVOKE;
    };
  }
}
