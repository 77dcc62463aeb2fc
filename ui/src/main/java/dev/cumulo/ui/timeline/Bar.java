package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import java.util.List;
import java.util.Optional;

/**
 * One invocation attempt as the timeline draws it: where it sits (function, instance), its phases in epoch microseconds
 * and how it ended. Built from an {@link InvocationRecord} without its payloads, so that 100,000 of them stay small.
 *
 * @param initEnd end of the cold-start init drawn before the execution, 0 for a warm start
 * @param invokeStart when the event reached the function, 0 if it never did (init failed)
 * @param end when the attempt finished, 0 while it runs
 */
public record Bar(
    String requestId,
    int attempt,
    String function,
    String instanceId,
    long queuedAt,
    long start,
    long initEnd,
    long invokeStart,
    long end,
    OutcomeKind outcome,
    String errorType,
    String parentRequestId,
    String traceRoot,
    Trigger trigger,
    List<PausedSpan> pauses) {

  /** The bar of a record, or empty while the invocation waits for an instance (throttles are drawn as points). */
  public static Optional<Bar> of(InvocationRecord r) {
    boolean throttled = r.outcome() == OutcomeKind.THROTTLED;
    if (r.instanceId().isEmpty() && !throttled) {
      return Optional.empty();
    }
    long start = throttled ? r.queuedAt() : firstPositive(r.coldStart() ? r.initStart() : 0, r.invokeStart(), r.initStart(), r.queuedAt());
    long initEnd = r.coldStart() && r.initStart() > 0 ? Math.max(r.initEnd(), r.initStart()) : 0;
    long end = r.isDone() ? Math.max(start, Math.max(r.invokeEnd(), r.initEnd())) : 0;
    return Optional.of(new Bar(r.requestId(), r.attempt(), r.function(), throttled ? "" : r.instanceId(), r.queuedAt(), start,
        initEnd, r.invokeStart(), end, r.outcome(), r.errorType(), r.parentRequestId(), traceRoot(r.traceId()), r.trigger(), r.pauses()));
  }

  private static long firstPositive(long... values) {
    for (long v : values) {
      if (v > 0) {
        return v;
      }
    }
    return 0;
  }

  /** {@code Root=1-...} of an X-Ray header: what every invocation of one chain of causes shares. */
  static String traceRoot(String traceHeader) {
    for (String part : traceHeader.split(";")) {
      if (part.startsWith("Root=")) {
        return part.substring(5);
      }
    }
    return "";
  }

  public String key() {
    return requestId + "#" + attempt;
  }

  public boolean running() {
    return end == 0;
  }

  public boolean throttled() {
    return outcome == OutcomeKind.THROTTLED;
  }

  public boolean coldStart() {
    return initEnd > 0;
  }

  /** The end to draw: {@code now} while running. */
  public long endOr(long now) {
    return end == 0 ? Math.max(start, now) : end;
  }
}
