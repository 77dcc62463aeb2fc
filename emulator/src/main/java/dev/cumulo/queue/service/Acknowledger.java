package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * DeleteMessage and ChangeMessageVisibility by receipt handle, as SQS treats handles: the latest handle of a message
 * acts on it; an older one (the message was received again) deletes nothing on a standard queue and is refused for a
 * visibility change; on a FIFO queue a handle expires with its visibility timeout. Deleting a message that is already
 * gone succeeds.
 */
final class Acknowledger {
  private Acknowledger() {}

  static BatchOutcome delete(Queue queue, List<String> handles) {
    synchronized (queue) {
      queue.requireLive();
      List<Optional<SqsException>> errors = new ArrayList<>(handles.size());
      List<Long> doomed = new ArrayList<>();
      for (String handle : handles) {
        try {
          deleteOne(queue, handle).ifPresent(doomed::add);
          errors.add(Optional.empty());
        } catch (SqsException e) {
          errors.add(Optional.of(e));
        }
      }
      if (doomed.isEmpty()) {
        return new BatchOutcome(errors, CompletableFuture.completedFuture(null));
      }
      queue.changed(QueueChange.Kind.MESSAGES_DELETED);
      return new BatchOutcome(errors, queue.context().messages().delete(doomed));
    }
  }

  private static Optional<Long> deleteOne(Queue queue, String text) {
    ReceiptHandle handle = decodeFor(queue, text);
    IndexEntry e = queue.index().get(handle.seq());
    if (e == null || !e.messageId.equals(handle.messageId())) {
      return Optional.empty();
    }
    boolean latest = checkIssued(handle, e, text);
    if (queue.settings().fifo() && (!latest || e.place != IndexEntry.Place.IN_FLIGHT)) {
      throw expired(text);
    }
    if (!latest) {
      return Optional.empty();
    }
    queue.index().remove(e);
    return Optional.of(e.seq);
  }

  /** Sets each handle's message to become visible {@code seconds} from now. */
  static BatchOutcome changeVisibility(Queue queue, List<String> handles, List<Integer> seconds) {
    synchronized (queue) {
      queue.requireLive();
      long now = queue.context().clock().millis();
      List<Optional<SqsException>> errors = new ArrayList<>(handles.size());
      Map<Long, Long> visibleMsBySeq = new LinkedHashMap<>();
      for (int i = 0; i < handles.size(); i++) {
        try {
          IndexEntry e = visibilityTarget(queue, handles.get(i));
          long visibleMs = now + seconds.get(i) * 1000L;
          queue.index().setVisibleAt(e, visibleMs, now);
          visibleMsBySeq.put(e.seq, visibleMs);
          errors.add(Optional.empty());
        } catch (SqsException e) {
          errors.add(Optional.of(e));
        }
      }
      if (visibleMsBySeq.isEmpty()) {
        return new BatchOutcome(errors, CompletableFuture.completedFuture(null));
      }
      CompletableFuture<Void> persisted = queue.context().messages().updateVisibility(visibleMsBySeq);
      queue.visibilityChanged(now);
      return new BatchOutcome(errors, persisted);
    }
  }

  private static IndexEntry visibilityTarget(Queue queue, String text) {
    ReceiptHandle handle = decodeFor(queue, text);
    IndexEntry e = queue.index().get(handle.seq());
    if (e == null || !e.messageId.equals(handle.messageId()) || !checkIssued(handle, e, text)) {
      throw SqsException.invalidParameter(
          "ReceiptHandle", text, "Message does not exist or is not available for visibility timeout change.");
    }
    if (queue.settings().fifo() && e.place != IndexEntry.Place.IN_FLIGHT) {
      throw expired(text);
    }
    return e;
  }

  private static ReceiptHandle decodeFor(Queue queue, String text) {
    if (text == null || text.isEmpty()) {
      throw SqsException.missingParameter("ReceiptHandle");
    }
    ReceiptHandle handle = ReceiptHandle.decode(text);
    if (handle.queueId() != queue.id()) {
      throw ReceiptHandle.invalid(text);
    }
    return handle;
  }

  /** Whether the handle is the message's latest; a handle from the future was never issued. */
  private static boolean checkIssued(ReceiptHandle handle, IndexEntry e, String text) {
    if (handle.receiveCount() > e.receiveCount) {
      throw ReceiptHandle.invalid(text);
    }
    return handle.receiveCount() == e.receiveCount;
  }

  private static SqsException expired(String text) {
    return SqsError.INVALID_PARAMETER_VALUE.exception(
        "Value " + text + " for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.");
  }
}
