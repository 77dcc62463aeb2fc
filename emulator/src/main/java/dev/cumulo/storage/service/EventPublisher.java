package dev.cumulo.storage.service;

import dev.cumulo.storage.model.ObjectEvent;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells listeners about each committed object change, on the thread that made it, after the commit. Sequencers come
 * from the store's commit order, so they order the changes of a key even when events are delivered out of order. A
 * listener that throws is logged and does not stop the others.
 */
public final class EventPublisher {
  private static final Logger LOG = Logger.getLogger(EventPublisher.class.getName());

  private final List<Consumer<ObjectEvent>> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener; closing the returned handle removes it. */
  public AutoCloseable subscribe(Consumer<ObjectEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Publishes a change; {@code sequence} is the store's commit sequence number of it. */
  void publish(
      ObjectEvent.Type type, String bucket, String key, long size, String eTag, long sequence, RequestContext context) {
    if (listeners.isEmpty()) {
      return;
    }
    ObjectEvent event =
        new ObjectEvent(
            type,
            bucket,
            key,
            size,
            eTag,
            HexFormat.of().withUpperCase().toHexDigits(sequence),
            Instant.now(),
            context.sourceIp(),
            context.requestId(),
            context.hostId(),
            context.traceId());
    for (Consumer<ObjectEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "An object event listener failed", e);
      }
    }
  }
}
