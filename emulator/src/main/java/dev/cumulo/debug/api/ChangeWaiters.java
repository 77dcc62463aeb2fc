package dev.cumulo.debug.api;

import dev.cumulo.debug.model.DebugChange;
import dev.cumulo.debug.model.DebugListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Counts the debugger's changes and lets a control API client wait for the next one ({@code ?wait=version}), so an
 * editor can follow the debugger without polling.
 */
final class ChangeWaiters implements DebugListener {
  private final ScheduledExecutorService timer;
  private final List<CompletableFuture<Long>> waiting = new ArrayList<>();
  private long version;

  ChangeWaiters(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  synchronized long version() {
    return version;
  }

  @Override
  public void changed(DebugChange change) {
    List<CompletableFuture<Long>> ready;
    long now;
    synchronized (this) {
      now = ++version;
      ready = new ArrayList<>(waiting);
      waiting.clear();
    }
    ready.forEach(f -> f.complete(now));
  }

  /** Completes with the version once it is past {@code seen}, or with the current one after {@code timeoutMillis}. */
  CompletableFuture<Long> after(long seen, long timeoutMillis) {
    CompletableFuture<Long> next = new CompletableFuture<>();
    synchronized (this) {
      if (version > seen) {
        return CompletableFuture.completedFuture(version);
      }
      waiting.add(next);
    }
    timer.schedule(() -> {
      synchronized (this) {
        waiting.remove(next);
      }
      next.complete(version());
    }, timeoutMillis, TimeUnit.MILLISECONDS);
    return next;
  }
}
