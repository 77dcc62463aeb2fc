package dev.cumulo.triggers.sqs;

import dev.cumulo.queue.service.PollingClient;

/**
 * A poller's long poll that can be ended early: when a batching window closes, or when the emulator stops. Ending it
 * is what a client going away does to an HTTP long poll, so the queue answers it at once with nothing and takes no
 * message for it.
 */
final class CancellablePoll implements PollingClient {
  private Runnable onGone;
  private boolean cancelled;

  @Override
  public synchronized boolean waiting() {
    return !cancelled;
  }

  @Override
  public void onGone(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        onGone = action;
        return;
      }
    }
    action.run();
  }

  /** Ends the poll if it still waits; runs outside this object's lock, as the queue takes its own. */
  void cancel() {
    Runnable action;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      action = onGone;
      onGone = null;
    }
    if (action != null) {
      action.run();
    }
  }
}
