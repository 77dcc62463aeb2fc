package dev.cumulo.functions.service;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.Outcome;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.recorder.Phase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;

/**
 * One invocation (one attempt) on its way through a function: when each phase happened, where it ran, the log lines it
 * wrote, and how it ended. Fields are written by the instance running it, under that instance's lock.
 */
final class Invocation {
  /** The tail keeps up to twice the 4 KB Lambda returns, so the returned 4 KB never starts short. */
  private static final int TAIL_BYTES = 4096;

  final InvocationRequest request;
  final FunctionConfig config;
  final int attempt;
  final CompletableFuture<InvocationResult> done = new CompletableFuture<>();
  final long queuedAt;
  private final List<PausedSpan> pauses = new CopyOnWriteArrayList<>();
  private final Deque<String> tail = new ArrayDeque<>();
  private int tailBytes;

  volatile String instanceId = "";
  volatile boolean coldStart;
  volatile long initStart;
  volatile long initEnd;
  volatile long invokeStart;
  volatile long invokeEnd;
  volatile int maxMemoryUsedMb;
  volatile Outcome outcome;

  /** A new invocation, queued now or, when a debugger held its event first, when it was {@code held}. */
  Invocation(InvocationRequest request, FunctionConfig config, int attempt, Optional<PausedSpan> held) {
    this.request = request;
    this.config = config;
    this.attempt = attempt;
    this.queuedAt = held.map(PausedSpan::startMicros).orElseGet(Clock::nowMicros);
    held.ifPresent(pauses::add);
  }

  void paused(PausedSpan span) {
    pauses.add(span);
  }

  String requestId() {
    return request.requestId();
  }

  double initDurationMs() {
    return coldStart && initEnd > 0 ? (initEnd - initStart - pausedWithin(initStart, initEnd)) / 1000.0 : 0;
  }

  double durationMs() {
    return invokeStart > 0 && invokeEnd > 0 ? (invokeEnd - invokeStart - pausedWithin(invokeStart, invokeEnd)) / 1000.0 : 0;
  }

  /** Time the code spent stopped by a debugger: Lambda would not have paused, so it is neither duration nor billed. */
  private long pausedWithin(long from, long to) {
    long paused = 0;
    for (PausedSpan span : pauses) {
      if (span.cause() == PausedSpan.Cause.CODE_PAUSED) {
        paused += span.microsWithin(from, to);
      }
    }
    return paused;
  }

  /** Lambda bills each invocation per millisecond, rounded up, and (since August 2025) the INIT phase with it. */
  long billedMs() {
    return (long) Math.ceil(durationMs() + initDurationMs());
  }

  synchronized void addToTail(String line) {
    tail.addLast(line);
    tailBytes += line.length() + 1;
    while (tailBytes > TAIL_BYTES * 2 && tail.size() > 1) {
      tailBytes -= tail.removeFirst().length() + 1;
    }
  }

  /** The lines kept for the log tail (a little over 4 KB). */
  synchronized List<String> logTail() {
    return List.copyOf(tail);
  }

  InvocationRecord record(Phase phase) {
    Outcome o = outcome;
    return new InvocationRecord(
        request.requestId(),
        config.name(),
        instanceId,
        request.trigger(),
        request.type(),
        request.traceId(),
        request.parentRequestId().orElse(""),
        attempt,
        phase,
        o == null ? OutcomeKind.PENDING : o.kind(),
        o == null ? "" : o.errorType(),
        coldStart,
        queuedAt,
        initStart,
        initEnd,
        invokeStart,
        invokeEnd,
        durationMs(),
        o == null || o instanceof Outcome.Throttled ? 0 : billedMs(),
        config.memoryMb(),
        maxMemoryUsedMb,
        initDurationMs(),
        request.payload(),
        o == null ? new byte[0] : o.payload(),
        pauses);
  }
}
