package dev.cumulo.functions.service;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of an instance's init or invocation: runs its task once when the time is up. A debugger stops it while
 * the process is paused and resumes it with the time that was left, so a paused function does not time out. Not
 * thread-safe: the owning instance holds its lock around every call.
 */
final class Deadline {
  private final ScheduledExecutorService scheduler;
  private ScheduledFuture<?> pending;
  private Runnable task;
  private long endNanos;
  private long leftNanos;
  private boolean stopped;

  Deadline(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  void start(Runnable onExpiry, long delay, TimeUnit unit) {
    cancel();
    task = onExpiry;
    schedule(unit.toNanos(delay));
  }

  void cancel() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = null;
    task = null;
    stopped = false;
  }

  /** Stops the clock, keeping the time that is left. */
  void stop() {
    if (task == null || stopped) {
      return;
    }
    pending.cancel(false);
    leftNanos = Math.max(0, endNanos - System.nanoTime());
    stopped = true;
  }

  /** Starts the clock again with the time that was left when it stopped. */
  void resume() {
    if (task == null || !stopped) {
      return;
    }
    stopped = false;
    schedule(leftNanos);
  }

  private void schedule(long nanos) {
    endNanos = System.nanoTime() + nanos;
    pending = scheduler.schedule(task, nanos, TimeUnit.NANOSECONDS);
  }
}
