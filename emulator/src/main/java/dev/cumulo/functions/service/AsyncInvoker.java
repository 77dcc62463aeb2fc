package dev.cumulo.functions.service;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Lambda's asynchronous invocation ({@code Event}): events wait in a queue while the function is at its concurrency
 * limit, and an event whose invocation fails is retried twice (after 1 and 2 minutes in Lambda), keeping its request
 * id.
 */
final class AsyncInvoker {
  private final FunctionPool pool;
  private final ScheduledExecutorService scheduler;
  private final List<Duration> retryDelays;
  private final ConcurrentLinkedQueue<Attempt> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  private record Attempt(
      InvocationRequest request, int number, int retries, Optional<PausedSpan> held, Consumer<InvocationRecord> onFinal) {}

  AsyncInvoker(FunctionPool pool, ScheduledExecutorService scheduler, List<Duration> retryDelays) {
    this.pool = pool;
    this.scheduler = scheduler;
    this.retryDelays = retryDelays;
    pool.onCapacity(this::drain);
  }

  /**
   * Queues an event as attempt {@code firstAttempt} (its retries count on from there; {@code held} is its time at a
   * debugger's event breakpoint, if any); {@code onFinal} receives the record of its last attempt.
   */
  void submit(InvocationRequest request, int firstAttempt, Optional<PausedSpan> held, Consumer<InvocationRecord> onFinal) {
    waiting.add(new Attempt(request, firstAttempt, 0, held, onFinal));
    drain();
  }

  private void drain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      Attempt next;
      while ((next = waiting.peek()) != null) {
        Attempt attempt = next;
        InvocationRecord throttled = null;
        var result = pool.invoke(attempt.request(), attempt.number(), attempt.held());
        if (result.isDone() && result.join().record().outcome() == OutcomeKind.THROTTLED) {
          throttled = result.join().record();
        }
        if (throttled != null) {
          return;
        }
        waiting.poll();
        result.thenAccept(done -> finished(attempt, done.record()));
      }
    } finally {
      draining.set(false);
    }
    if (!waiting.isEmpty() && pool.counts().total() < pool.config().maxInstances()) {
      drain();
    }
  }

  private void finished(Attempt attempt, InvocationRecord record) {
    boolean failed = record.outcome().isError() && record.outcome() != OutcomeKind.THROTTLED;
    if (failed && attempt.retries() < retryDelays.size()) {
      Duration delay = retryDelays.get(attempt.retries());
      scheduler.schedule(
          () -> {
            waiting.add(new Attempt(attempt.request(), attempt.number() + 1, attempt.retries() + 1, Optional.empty(),
                attempt.onFinal()));
            drain();
          },
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
      return;
    }
    attempt.onFinal().accept(record);
  }
}
