package dev.cumulo.debug.event;

import dev.cumulo.debug.breakpoint.EventBreakpoint;
import dev.cumulo.debug.model.DebugChange;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.HeldEvent;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.service.Clock;
import dev.cumulo.functions.service.EventGate;
import dev.cumulo.functions.service.InvocationResult;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The debugger's event gate: holds events that meet an event breakpoint (or the first one after a step) before they
 * are delivered, and events a function failed on when it breaks on errors; then delivers them, edited or not, or drops
 * them. A held event takes no instance: the function keeps serving other events meanwhile.
 *
 * <p>{@link #pass} runs on the thread of whoever sent the event and only looks at breakpoints (a volatile read when
 * none are set); the commands run on control API threads. Holds are guarded by this object's lock; deliveries and
 * announcements happen outside it.
 */
public final class EventHolds implements EventGate {
  /** What the function sees as the failure of a dropped event, and its caller with it. */
  public static final String DROPPED_ERROR_TYPE = "Cumulo.EventDropped";

  private final Consumer<DebugChange> announce;
  private final Map<String, Hold> holds = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile List<EventBreakpoint> breakpoints = List.of();
  private volatile Set<String> breakOnError = Set.of();
  private volatile Optional<StepScope> step = Optional.empty();

  public EventHolds(Consumer<DebugChange> announce) {
    this.announce = announce;
  }

  /** The event breakpoints to hold events at, and the functions whose failures hold their event. */
  public void configure(List<EventBreakpoint> eventBreakpoints, Set<String> functionsBreakingOnError) {
    this.breakpoints = List.copyOf(eventBreakpoints);
    this.breakOnError = Set.copyOf(functionsBreakingOnError);
  }

  @Override
  public CompletableFuture<InvocationResult> pass(InvocationRequest request, Delivery delivery) {
    List<EventBreakpoint> current = breakpoints;
    if (current.isEmpty() && step.isEmpty()) {
      return deliver(request, delivery, 0, Optional.empty());
    }
    EventView event = new EventView(request);
    if (takeStep(request)) {
      return hold(new Hold(request, delivery, 0, HeldEvent.Reason.STEP, Optional.empty(), Optional.empty()));
    }
    Optional<EventBreakpoint> match = EventBreakpoints.firstMatch(current, event);
    if (match.isPresent()) {
      return hold(new Hold(request, delivery, 0, HeldEvent.Reason.BREAKPOINT, Optional.of(match.get().id()), Optional.empty()));
    }
    return deliver(request, delivery, 0, Optional.empty());
  }

  private synchronized boolean takeStep(InvocationRequest request) {
    if (step.isPresent() && step.get().covers(request.functionName())) {
      step = Optional.empty();
      return true;
    }
    return false;
  }

  private CompletableFuture<InvocationResult> deliver(
      InvocationRequest request, Delivery delivery, int attempt, Optional<PausedSpan> held) {
    CompletableFuture<InvocationResult> run = delivery.deliver(request, attempt, held);
    if (!breakOnError.contains(request.functionName())) {
      return run;
    }
    return run.thenCompose(result -> failedInFunction(result.record())
        ? hold(new Hold(request, delivery, result.record().attempt() + 1, HeldEvent.Reason.ERROR, Optional.empty(), Optional.of(result)))
        : CompletableFuture.completedFuture(result));
  }

  private static boolean failedInFunction(InvocationRecord record) {
    return record.outcome().isError() && record.outcome() != OutcomeKind.THROTTLED
        && !record.errorType().equals(DROPPED_ERROR_TYPE);
  }

  private CompletableFuture<InvocationResult> hold(Hold hold) {
    synchronized (this) {
      holds.put(hold.id, hold);
    }
    announce.accept(new DebugChange.EventHeld(hold.snapshot()));
    return hold.outcome;
  }

  /** Delivers a held event, with {@code payload} in place of its own when given. */
  public void resume(String holdId, Optional<byte[]> payload) {
    payload.ifPresent(EventHolds::checkJson);
    Hold hold = take(holdId);
    InvocationRequest request = payload.map(hold.request::withPayload).orElse(hold.request);
    deliver(request, hold.delivery, hold.attempt, Optional.of(hold.span()))
        .whenComplete((result, failure) -> hold.settle(result, failure));
    announce.accept(new DebugChange.EventReleased(holdId, true));
  }

  /** Delivers a held event (edited when {@code payload} is given) and holds the next event {@code scope} covers. */
  public void step(String holdId, Optional<byte[]> payload, StepScope scope) {
    payload.ifPresent(EventHolds::checkJson);
    synchronized (this) {
      if (!holds.containsKey(holdId)) {
        throw DebugError.NOT_FOUND.exception("No held event " + holdId);
      }
      step = Optional.of(scope);
    }
    resume(holdId, payload);
  }

  /**
   * Drops a held event. A caller waiting for it gets a function error ({@value #DROPPED_ERROR_TYPE}), as for any failed
   * invocation; an event held because the function failed on it ends with that failure.
   */
  public void drop(String holdId) {
    Hold hold = take(holdId);
    end(hold, "the event was dropped at a breakpoint");
    announce.accept(new DebugChange.EventReleased(holdId, false));
  }

  private void end(Hold hold, String why) {
    if (hold.failure.isPresent()) {
      hold.outcome.complete(hold.failure.get());
      return;
    }
    hold.delivery.reject(hold.request, hold.attempt, Optional.of(hold.span()), DroppedEvent.outcome(hold.request, why))
        .whenComplete((result, failure) -> hold.settle(result, failure));
  }

  private synchronized Hold take(String holdId) {
    Hold hold = holds.remove(holdId);
    if (hold == null) {
      throw DebugError.NOT_FOUND.exception("No held event " + holdId);
    }
    return hold;
  }

  private static void checkJson(byte[] payload) {
    Json.problem(payload).ifPresent(problem -> {
      throw DebugError.INVALID.exception("The edited event is not JSON: " + problem);
    });
  }

  @Override
  public synchronized boolean holds(String requestId) {
    return holds.values().stream().anyMatch(h -> h.request.requestId().equals(requestId));
  }

  public synchronized List<HeldEvent> held() {
    List<HeldEvent> out = new ArrayList<>();
    holds.values().forEach(h -> out.add(h.snapshot()));
    return out;
  }

  public synchronized Optional<HeldEvent> held(String holdId) {
    return Optional.ofNullable(holds.get(holdId)).map(Hold::snapshot);
  }

  /** Ends every held event as dropped (the emulator is stopping), so no caller waits for ever. */
  public void close() {
    List<Hold> all;
    synchronized (this) {
      all = new ArrayList<>(holds.values());
      holds.clear();
      step = Optional.empty();
    }
    all.forEach(h -> end(h, "Cumulo stopped while the event was held"));
  }

  private final class Hold {
    final String id = Long.toString(ids.incrementAndGet());
    final InvocationRequest request;
    final Delivery delivery;
    final int attempt;
    final HeldEvent.Reason reason;
    final Optional<String> breakpointId;
    final Optional<InvocationResult> failure;
    final long heldAt = Clock.nowMicros();
    final CompletableFuture<InvocationResult> outcome = new CompletableFuture<>();

    Hold(InvocationRequest request, Delivery delivery, int attempt, HeldEvent.Reason reason, Optional<String> breakpointId,
        Optional<InvocationResult> failure) {
      this.request = request;
      this.delivery = delivery;
      this.attempt = attempt;
      this.reason = reason;
      this.breakpointId = breakpointId;
      this.failure = failure;
    }

    PausedSpan span() {
      return new PausedSpan(heldAt, Clock.nowMicros(), PausedSpan.Cause.EVENT_HELD);
    }

    void settle(InvocationResult result, Throwable problem) {
      if (problem != null) {
        outcome.completeExceptionally(problem);
      } else {
        outcome.complete(result);
      }
    }

    HeldEvent snapshot() {
      return new HeldEvent(id, request.requestId(), request.functionName(), request.trigger(), request.type(), attempt,
          reason, breakpointId, heldAt, request.payload(), failure.map(f -> f.record().errorType()),
          failure.map(f -> f.record().response()));
    }
  }
}
