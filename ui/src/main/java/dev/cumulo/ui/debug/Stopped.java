package dev.cumulo.ui.debug;

import dev.cumulo.debug.model.HeldEvent;
import dev.cumulo.debug.model.PausedInvocation;

/** Something the debugger has stopped: an invocation paused in its code, or an event held before delivery. */
public sealed interface Stopped {
  /** What commands address it by: the paused instance, or the hold. */
  String id();

  String function();

  long sinceMicros();

  /** An invocation stopped at a line. */
  record Code(PausedInvocation paused) implements Stopped {
    @Override
    public String id() {
      return paused.instanceId();
    }

    @Override
    public String function() {
      return paused.function();
    }

    @Override
    public long sinceMicros() {
      return paused.pausedAtMicros();
    }
  }

  /** An event waiting before delivery. */
  record Event(HeldEvent held) implements Stopped {
    @Override
    public String id() {
      return held.id();
    }

    @Override
    public String function() {
      return held.function();
    }

    @Override
    public long sinceMicros() {
      return held.heldAtMicros();
    }
  }
}
