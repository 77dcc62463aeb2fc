package dev.cumulo.debug.code;

import dev.cumulo.debug.model.DebugChange;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.debug.model.Watch;
import dev.cumulo.functions.service.Clock;
import dev.cumulo.functions.service.DebuggedInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The debugger attached to one instance: turns the session's stops into paused invocations (stopping the invocation's
 * clock first), and the developer's commands into session commands (restarting the clock). Its paused state is guarded
 * by its lock; session calls happen outside it.
 */
final class LiveSession implements SessionEvents {
  private static final Logger LOG = Logger.getLogger(LiveSession.class.getName());

  private final DebuggedInstance instance;
  private final String runtime;
  private final CodeDebugging owner;
  private volatile Session session;
  private PausedInvocation paused;

  LiveSession(DebuggedInstance instance, String runtime, CodeDebugging owner) {
    this.instance = instance;
    this.runtime = runtime;
    this.owner = owner;
  }

  void connected(Session connected) {
    this.session = connected;
  }

  DebuggedInstance instance() {
    return instance;
  }

  Optional<Session> session() {
    return Optional.ofNullable(session);
  }

  synchronized Optional<PausedInvocation> paused() {
    return Optional.ofNullable(paused);
  }

  boolean answersTo(String id) {
    PausedInvocation current = paused().orElse(null);
    return instance.instanceId().equals(id) || current != null && current.requestId().equals(id);
  }

  @Override
  public void paused(Stop stop) {
    if (stop.reason().equals(Stop.BREAKPOINT) && !owner.hits().reached(stop.breakpointIds())) {
      owner.workers().execute(() -> session().ifPresent(Session::resume));
      return;
    }
    instance.clockStopped();
    long at = Clock.nowMicros();
    owner.workers().execute(() -> publish(stop, at));
  }

  private void publish(Stop stop, long pausedAt) {
    Session current = session;
    List<Variable> variables = List.of();
    List<Watch> watches = new ArrayList<>();
    try {
      variables = current.variables(0);
      for (String expression : owner.watches()) {
        watches.add(current.evaluate(expression, 0));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Reading the paused state of " + instance.instanceId() + " failed", e);
    }
    PausedInvocation snapshot = new PausedInvocation(instance.currentRequestId().orElse(""), instance.functionName(),
        instance.instanceId(), runtime, stop.reason(), stop.breakpointIds().stream().findFirst(),
        stop.frames().get(0).location(), stop.frames(), variables, watches, pausedAt);
    synchronized (this) {
      paused = snapshot;
    }
    owner.announce(new DebugChange.Paused(snapshot));
  }

  void resume() {
    PausedInvocation was = takePaused();
    session.resume();
    running(was);
  }

  void step(StepKind kind) {
    PausedInvocation was = takePaused();
    session.step(kind);
    running(was);
  }

  private synchronized PausedInvocation takePaused() {
    if (paused == null) {
      throw DebugError.CONFLICT.exception("Instance " + instance.instanceId() + " is not paused");
    }
    PausedInvocation was = paused;
    paused = null;
    return was;
  }

  private void running(PausedInvocation was) {
    instance.clockResumed();
    owner.announce(new DebugChange.Resumed(was.requestId(), was.instanceId()));
  }

  List<Variable> variables(int frame) {
    requirePaused();
    return session.variables(frame);
  }

  List<Variable> children(long ref) {
    requirePaused();
    return session.children(ref);
  }

  private void requirePaused() {
    if (paused().isEmpty()) {
      throw DebugError.CONFLICT.exception("Instance " + instance.instanceId() + " is not paused");
    }
  }

  /** Detaches: the process runs on without the debugger, its clock running again. */
  void detach() {
    synchronized (this) {
      paused = null;
    }
    session().ifPresent(Session::detach);
    instance.clockResumed();
  }

  @Override
  public void logged(String text) {
    owner.logpoint(instance, text);
  }

  @Override
  public void ended() {
    PausedInvocation was;
    synchronized (this) {
      was = paused;
      paused = null;
    }
    owner.ended(this);
    if (was != null) {
      owner.announce(new DebugChange.Resumed(was.requestId(), was.instanceId()));
    }
  }
}
