package dev.cumulo.ui.feed;

import dev.cumulo.recorder.Recorder;
import dev.cumulo.recorder.RecorderEvent;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where the emulator's changes cross into the UI thread. Recorder listeners run on emulator threads and
 * only append to a lock-free queue; the first event after a delivery schedules one drain on the {@code deliver}
 * executor, which folds everything queued by then into one {@link FeedBatch}. However fast events arrive, at most one
 * drain is waiting at any time, so a burst of thousands of invocations a second becomes a few batches per frame.
 */
public final class RecorderFeed implements AutoCloseable {
  /** More log lines than this between two deliveries are more than anyone reads; the oldest are left out. */
  public static final int MAX_LOGS_PER_BATCH = 5_000;

  private static final Logger LOG = Logger.getLogger(RecorderFeed.class.getName());

  private final Executor deliver;
  private final int maxLogs;
  private final Queue<RecorderEvent> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final List<Consumer<FeedBatch>> listeners = new CopyOnWriteArrayList<>();
  private final AutoCloseable subscription;
  private volatile boolean closed;

  private RecorderFeed(Recorder recorder, Executor deliver, int maxLogs) {
    this.deliver = deliver;
    this.maxLogs = maxLogs;
    this.subscription = recorder.subscribe(this::offer);
  }

  /** Listens to {@code recorder}; batches are delivered by {@code deliver} (the FX thread, paced to frames). */
  public static RecorderFeed attach(Recorder recorder, Executor deliver) {
    return new RecorderFeed(recorder, deliver, MAX_LOGS_PER_BATCH);
  }

  static RecorderFeed attach(Recorder recorder, Executor deliver, int maxLogs) {
    return new RecorderFeed(recorder, deliver, maxLogs);
  }

  /** Adds a listener, called on the delivering thread with each non-empty batch. */
  public void listen(Consumer<FeedBatch> listener) {
    listeners.add(listener);
  }

  private void offer(RecorderEvent event) {
    if (closed) {
      return;
    }
    pending.add(event);
    if (drainScheduled.compareAndSet(false, true)) {
      deliver.execute(this::drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    Coalescer coalescer = new Coalescer(maxLogs);
    for (RecorderEvent event = pending.poll(); event != null; event = pending.poll()) {
      coalescer.add(event);
    }
    FeedBatch batch = coalescer.finish();
    if (batch.isEmpty() || closed) {
      return;
    }
    for (Consumer<FeedBatch> listener : listeners) {
      try {
        listener.accept(batch);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A view failed to take a batch of changes", e);
      }
    }
  }

  /** Stops listening; batches not yet delivered are dropped. */
  @Override
  public void close() {
    closed = true;
    pending.clear();
    try {
      subscription.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Unsubscribing from the recorder failed", e);
    }
  }
}
