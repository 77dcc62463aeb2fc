package dev.cumulo.recorder;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import java.util.List;

/**
 * Everything known about one invocation (one attempt of it): cause, timings of each phase (epoch microseconds, 0 when
 * the phase was not reached), outcome, Lambda's REPORT metrics and both payloads.
 *
 * @param parentRequestId the invocation whose action caused this one, or empty
 * @param attempt 0 for the first delivery; async retries and redeliveries count up
 * @param pauses when a debugger held the invocation (its event before delivery, its code at a breakpoint), oldest
 *     first; {@code durationMs} and {@code initDurationMs} leave paused code time out
 */
public record InvocationRecord(
    String requestId,
    String function,
    String instanceId,
    Trigger trigger,
    InvocationType type,
    String traceId,
    String parentRequestId,
    int attempt,
    Phase phase,
    OutcomeKind outcome,
    String errorType,
    boolean coldStart,
    long queuedAt,
    long initStart,
    long initEnd,
    long invokeStart,
    long invokeEnd,
    double durationMs,
    long billedDurationMs,
    int memorySizeMb,
    int maxMemoryUsedMb,
    double initDurationMs,
    byte[] request,
    byte[] response,
    List<PausedSpan> pauses) {

  public InvocationRecord {
    pauses = List.copyOf(pauses);
  }

  /** A record of an invocation no debugger held. */
  public InvocationRecord(
      String requestId, String function, String instanceId, Trigger trigger, InvocationType type, String traceId,
      String parentRequestId, int attempt, Phase phase, OutcomeKind outcome, String errorType, boolean coldStart,
      long queuedAt, long initStart, long initEnd, long invokeStart, long invokeEnd, double durationMs,
      long billedDurationMs, int memorySizeMb, int maxMemoryUsedMb, double initDurationMs, byte[] request,
      byte[] response) {
    this(requestId, function, instanceId, trigger, type, traceId, parentRequestId, attempt, phase, outcome, errorType,
        coldStart, queuedAt, initStart, initEnd, invokeStart, invokeEnd, durationMs, billedDurationMs, memorySizeMb,
        maxMemoryUsedMb, initDurationMs, request, response, List.of());
  }

  /** How long a debugger held the invocation in all, in microseconds. */
  public long pausedMicros() {
    return pauses.stream().mapToLong(PausedSpan::micros).sum();
  }

  public boolean isDone() {
    return phase == Phase.DONE;
  }
}
