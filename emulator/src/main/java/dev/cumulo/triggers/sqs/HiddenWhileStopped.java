package dev.cumulo.triggers.sqs;

import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.queue.service.Messaging;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a batch's messages hidden while a debugger stops the invocation carrying them (held at an event breakpoint, or
 * its process paused in code): that time would not pass in the cloud, and the messages coming back meanwhile could be
 * delivered twice. Just before they would become visible, if the invocation is stopped, their visibility timeout
 * starts again; otherwise they come back on time, as in Lambda, also when the function merely runs long.
 */
final class HiddenWhileStopped {
  private static final Logger LOG = Logger.getLogger(HiddenWhileStopped.class.getName());
  private static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final SqsMapping mapping;
  private final FunctionService functions;
  private final Messaging messages;
  private final ScheduledExecutorService timer;
  private final List<String> handles;
  private final int visibilitySeconds;
  private volatile String requestId;
  private ScheduledFuture<?> check;
  private boolean ended;

  HiddenWhileStopped(SqsMapping mapping, FunctionService functions, Messaging messages, ScheduledExecutorService timer,
      List<String> handles, int visibilitySeconds) {
    this.mapping = mapping;
    this.functions = functions;
    this.messages = messages;
    this.timer = timer;
    this.handles = handles;
    this.visibilitySeconds = visibilitySeconds;
  }

  /** The invocation now carrying the batch (a throttled one is tried again under a new request id). */
  void carriedBy(String invocationRequestId) {
    requestId = invocationRequestId;
  }

  synchronized void end() {
    ended = true;
    if (check != null) {
      check.cancel(false);
    }
  }

  /** Looks just before {@code visibleAgainAt}, the {@link System#nanoTime()} when the messages would return. */
  synchronized void watch(long visibleAgainAt) {
    if (ended) {
      return;
    }
    long margin = Math.min(MARGIN_NANOS, TimeUnit.SECONDS.toNanos(visibilitySeconds) / 2);
    check = timer.schedule(this::check, Math.max(0, visibleAgainAt - margin - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void check() {
    String carrier = requestId;
    if (carrier == null || !functions.stoppedByDebugger(mapping.function(), carrier)) {
      return;
    }
    long now = System.nanoTime();
    try {
      messages.changeVisibilityBatch(mapping.queueArn(), handles, Collections.nCopies(handles.size(), visibilitySeconds))
          .exceptionally(e -> null);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Cannot keep a stopped batch hidden in " + mapping.queueName(), e);
      return;
    }
    watch(now + TimeUnit.SECONDS.toNanos(visibilitySeconds));
  }
}
