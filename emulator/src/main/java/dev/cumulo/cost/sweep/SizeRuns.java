package dev.cumulo.cost.sweep;

import dev.cumulo.cost.estimate.RecordedSweepPoints;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import java.util.List;
import java.util.Optional;

/**
 * What the runs at one memory size measured.
 *
 * @param cpus the vCPUs the instance was held to, 0 when the CPU was not limited
 * @param initDurationMs the cold start's INIT phase
 * @param coldDurationMs the cold start's INVOKE phase (often slower: caches and JIT are cold)
 * @param warmDurationsMs the INVOKE phase of every later run, in order
 * @param warmMedianMs their median; empty when a run failed
 * @param error the error type (or outcome) of the first run that did not succeed; it ends the runs at this size
 * @param requestIds the runs' request ids, to find their records and logs
 */
public record SizeRuns(
    int memoryMb,
    double cpus,
    double initDurationMs,
    double coldDurationMs,
    List<Double> warmDurationsMs,
    Optional<Double> warmMedianMs,
    Optional<String> error,
    List<String> requestIds) {

  public SizeRuns {
    warmDurationsMs = List.copyOf(warmDurationsMs);
    requestIds = List.copyOf(requestIds);
  }

  static SizeRuns of(int memoryMb, double cpus, List<InvocationRecord> runs) {
    InvocationRecord cold = runs.get(0);
    Optional<String> error = runs.stream()
        .filter(r -> r.outcome() != OutcomeKind.SUCCESS)
        .findFirst()
        .map(r -> r.errorType().isEmpty() ? r.outcome().name() : r.errorType());
    List<Double> warm = runs.subList(1, runs.size()).stream()
        .filter(r -> r.outcome() == OutcomeKind.SUCCESS)
        .map(InvocationRecord::durationMs)
        .toList();
    Optional<Double> median = error.isPresent() || warm.isEmpty() ? Optional.empty()
        : Optional.of(RecordedSweepPoints.median(warm));
    return new SizeRuns(memoryMb, cpus, cold.initDurationMs(), cold.durationMs(), warm, median, error,
        runs.stream().map(InvocationRecord::requestId).toList());
  }
}
