package dev.cumulo.functions.service;

import dev.cumulo.recorder.PausedSpan;

/**
 * A debugger's stop of an instance's process: while it lasts, the instance's deadline waits, and the time becomes a
 * paused span of the invocation it fell in. Not thread-safe: the owning instance holds its lock around every call.
 */
final class DebuggerPause {
  private final Deadline deadline;
  private long since;

  DebuggerPause(Deadline deadline) {
    this.deadline = deadline;
  }

  boolean active() {
    return since != 0;
  }

  void begin() {
    if (since == 0) {
      since = Clock.nowMicros();
      deadline.stop();
    }
  }

  /** The process runs again; {@code running}, the invocation it was stopped in if any, gets the span. */
  void end(Invocation running) {
    if (since == 0) {
      return;
    }
    if (running != null) {
      running.paused(spanOf(running, Clock.nowMicros()));
    }
    since = 0;
    deadline.resume();
  }

  /** Gives an invocation that ends while the process is stopped the span so far. */
  void recordOn(Invocation ending, long end) {
    if (since != 0) {
      ending.paused(spanOf(ending, end));
    }
  }

  private PausedSpan spanOf(Invocation invocation, long end) {
    return new PausedSpan(Math.max(since, invocation.queuedAt), end, PausedSpan.Cause.CODE_PAUSED);
  }
}
