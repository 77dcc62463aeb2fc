package dev.cumulo.ui.feed;

import dev.cumulo.debug.Debugger;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.queue.QueueService;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.storage.StorageService;
import java.util.ArrayList;
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
 * The one place where the emulator's changes cross into the UI thread. Its listeners (on the recorder, the storage
 * and queue services) run on emulator threads and only append to a lock-free queue; the first change after a delivery
 * schedules one drain on the {@code deliver} executor, which folds everything queued by then into one
 * {@link FeedBatch}. However fast changes arrive, at most one drain is waiting at any time, so a burst of thousands of
 * invocations a second becomes a few batches per frame.
 */
public final class EmulatorFeed implements AutoCloseable {
  /** More log lines than this between two deliveries are more than anyone reads; the oldest are left out. */
  public static final int MAX_LOGS_PER_BATCH = 5_000;

  private static final Logger LOG = Logger.getLogger(EmulatorFeed.class.getName());

  private final Executor deliver;
  private final int maxLogs;
  private final Queue<Object> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final List<Consumer<FeedBatch>> listeners = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> subscriptions = new ArrayList<>();
  private volatile boolean closed;

  private EmulatorFeed(Executor deliver, int maxLogs) {
    this.deliver = deliver;
    this.maxLogs = maxLogs;
  }

  /**
   * Listens to the emulator's recorder and to changes of its buckets, queues and debugger; batches are delivered by {@code deliver} (the
   * FX thread, paced to frames).
   */
  public static EmulatorFeed attach(Emulator emulator, Executor deliver) {
    EmulatorFeed feed = attach(emulator.recorder(), deliver, MAX_LOGS_PER_BATCH);
    feed.watch(emulator.storage());
    feed.watch(emulator.queues());
    feed.watch(emulator.debugger());
    return feed;
  }

  void watch(QueueService queues) {
    subscriptions.add(queues.onChange(c -> offer(Touched.queue(c.queueName()))));
  }

  void watch(Debugger debugger) {
    subscriptions.add(debugger.subscribe(c -> offer(Touched.DEBUGGER)));
  }

  void watch(StorageService storage) {
    subscriptions.add(storage.onObjectEvent(e -> offer(Touched.bucket(e.bucket()))));
  }

  static EmulatorFeed attach(Recorder recorder, Executor deliver, int maxLogs) {
    EmulatorFeed feed = new EmulatorFeed(deliver, maxLogs);
    feed.subscriptions.add(recorder.subscribe(feed::offer));
    return feed;
  }

  /** Adds a listener, called on the delivering thread with each non-empty batch. */
  public void listen(Consumer<FeedBatch> listener) {
    listeners.add(listener);
  }

  private void offer(Object event) {
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
    for (Object event = pending.poll(); event != null; event = pending.poll()) {
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
    for (AutoCloseable subscription : subscriptions) {
      try {
        subscription.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "Unsubscribing from the emulator failed", e);
      }
    }
  }
}
