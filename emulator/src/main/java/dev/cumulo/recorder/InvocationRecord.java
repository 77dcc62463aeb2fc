package dev.cumulo.recorder;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;

/**
 * Everything known about one invocation (one attempt of it): cause, timings of each phase (epoch microseconds, 0 when
 * the phase was not reached), outcome, Lambda's REPORT metrics and both payloads.
 *
 * @param parentRequestId the invocation whose action caused this one, or empty
 * @param attempt 0 for the first delivery; async retries and redeliveries count up
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
    byte[] response) {

  public boolean isDone() {
    return phase == Phase.DONE;
  }
}
