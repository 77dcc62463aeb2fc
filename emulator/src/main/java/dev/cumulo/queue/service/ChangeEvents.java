package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueCounts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells listeners about queue changes, in order, on one thread of its own ("cumulo-sqs-events"), so a slow listener
 * never holds a queue. With no listener nothing is built or queued.
 */
public final class ChangeEvents implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ChangeEvents.class.getName());

  private final List<Consumer<QueueChange>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "cumulo-sqs-events");
            t.setDaemon(true);
            return t;
          });

  public AutoCloseable subscribe(Consumer<QueueChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  boolean wanted() {
    return !listeners.isEmpty();
  }

  void emit(String queueName, QueueChange.Kind kind, QueueCounts counts) {
    if (listeners.isEmpty()) {
      return;
    }
    QueueChange change = new QueueChange(queueName, kind, counts);
    thread.execute(
        () -> {
          for (Consumer<QueueChange> listener : listeners) {
            try {
              listener.accept(change);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "A queue change listener failed", e);
            }
          }
        });
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
