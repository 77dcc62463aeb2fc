package dev.cumulo.functions.service;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.Outcome;
import dev.cumulo.recorder.PausedSpan;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where every event passes on its way to a function, from every trigger and from Invoke: a debugger installed here may
 * hold an event, edit it, deliver it again after a failure, or drop it. Without one, events go straight through.
 */
public interface EventGate {

  /**
   * Takes {@code request} through the gate: the returned future completes with what the caller gets, which is the
   * result of the last {@link Delivery#deliver} or of {@link Delivery#reject}. Runs on the caller's thread and must not
   * block.
   */
  CompletableFuture<InvocationResult> pass(InvocationRequest request, Delivery delivery);

  /** Whether the gate is holding the event with {@code requestId} now. */
  boolean holds(String requestId);

  /** What a gate can do with an event. */
  interface Delivery {
    /**
     * Runs the event on the function as attempt {@code attempt} (0 first, counting up for redeliveries), its time at the
     * gate recorded as {@code held}; completes with the finished record (for {@code Event} invocations, after
     * Lambda's retries).
     */
    CompletableFuture<InvocationResult> deliver(InvocationRequest request, int attempt, Optional<PausedSpan> held);

    /** Ends the event without running it, recorded with {@code outcome}; completes at once. */
    CompletableFuture<InvocationResult> reject(InvocationRequest request, int attempt, Optional<PausedSpan> held, Outcome outcome);
  }
}
