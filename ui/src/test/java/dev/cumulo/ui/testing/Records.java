package dev.cumulo.ui.testing;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.recorder.Phase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Invocation records as the function service writes them, for view-model tests that feed a real recorder. */
public final class Records {
  private Records() {}

  /** A finished warm invocation of {@code function} on {@code instance} running from {@code start} to {@code end}. */
  public static InvocationRecord done(String id, String function, String instance, long start, long end) {
    return new InvocationRecord(id, function, instance, Trigger.direct(), InvocationType.REQUEST_RESPONSE,
        "Root=1-00000000-" + id + ";Parent=0;Sampled=0", "", 0, Phase.DONE, OutcomeKind.SUCCESS, "", false,
        start, 0, 0, start, end, (end - start) / 1000.0, Math.max(1, (end - start) / 1000), 128, 40, 0,
        "{\"n\":1}".getBytes(StandardCharsets.UTF_8), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
  }

  public static InvocationRecord inPhase(InvocationRecord r, Phase phase) {
    return new InvocationRecord(r.requestId(), r.function(), r.instanceId(), r.trigger(), r.type(), r.traceId(),
        r.parentRequestId(), r.attempt(), phase, phase == Phase.DONE ? r.outcome() : OutcomeKind.PENDING, r.errorType(),
        r.coldStart(), r.queuedAt(), r.initStart(), r.initEnd(), r.invokeStart(), phase == Phase.DONE ? r.invokeEnd() : 0,
        r.durationMs(), r.billedDurationMs(), r.memorySizeMb(), r.maxMemoryUsedMb(), r.initDurationMs(), r.request(),
        r.response());
  }

  public static InvocationRecord cold(InvocationRecord r, long initStart, long initEnd) {
    return new InvocationRecord(r.requestId(), r.function(), r.instanceId(), r.trigger(), r.type(), r.traceId(),
        r.parentRequestId(), r.attempt(), r.phase(), r.outcome(), r.errorType(), true, r.queuedAt(), initStart, initEnd,
        r.invokeStart(), r.invokeEnd(), r.durationMs(), r.billedDurationMs(), r.memorySizeMb(), r.maxMemoryUsedMb(),
        (initEnd - initStart) / 1000.0, r.request(), r.response());
  }

  public static InvocationRecord failed(InvocationRecord r, OutcomeKind outcome, String errorType) {
    return new InvocationRecord(r.requestId(), r.function(), r.instanceId(), r.trigger(), r.type(), r.traceId(),
        r.parentRequestId(), r.attempt(), r.phase(), outcome, errorType, r.coldStart(), r.queuedAt(), r.initStart(),
        r.initEnd(), r.invokeStart(), r.invokeEnd(), r.durationMs(), r.billedDurationMs(), r.memorySizeMb(),
        r.maxMemoryUsedMb(), r.initDurationMs(), r.request(), r.response());
  }

  public static InvocationRecord childOf(InvocationRecord r, InvocationRecord parent) {
    String root = parent.traceId().split(";")[0];
    return new InvocationRecord(r.requestId(), r.function(), r.instanceId(), r.trigger(), r.type(),
        root + ";Parent=1;Sampled=0", parent.requestId(), r.attempt(), r.phase(), r.outcome(), r.errorType(),
        r.coldStart(), r.queuedAt(), r.initStart(), r.initEnd(), r.invokeStart(), r.invokeEnd(), r.durationMs(),
        r.billedDurationMs(), r.memorySizeMb(), r.maxMemoryUsedMb(), r.initDurationMs(), r.request(), r.response());
  }

  public static InvocationRecord paused(InvocationRecord r, PausedSpan pause) {
    return new InvocationRecord(r.requestId(), r.function(), r.instanceId(), r.trigger(), r.type(), r.traceId(),
        r.parentRequestId(), r.attempt(), r.phase(), r.outcome(), r.errorType(), r.coldStart(), r.queuedAt(),
        r.initStart(), r.initEnd(), r.invokeStart(), r.invokeEnd(), r.durationMs(), r.billedDurationMs(),
        r.memorySizeMb(), r.maxMemoryUsedMb(), r.initDurationMs(), r.request(), r.response(), List.of(pause));
  }
}
