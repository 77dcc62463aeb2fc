package dev.cumulo.queue.api;

import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.model.wire.BatchResultErrorEntry;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityBatchRequest;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityBatchRequestEntry;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityBatchResult;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityBatchResultEntry;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityRequest;
import dev.cumulo.queue.model.wire.DeleteMessageBatchRequest;
import dev.cumulo.queue.model.wire.DeleteMessageBatchRequestEntry;
import dev.cumulo.queue.model.wire.DeleteMessageBatchResult;
import dev.cumulo.queue.model.wire.DeleteMessageBatchResultEntry;
import dev.cumulo.queue.model.wire.DeleteMessageRequest;
import dev.cumulo.queue.service.Messaging;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What a receiver does with a receipt handle: DeleteMessage, ChangeMessageVisibility and their batch forms. */
final class AcknowledgeHandler {
  private final Messaging messaging;

  AcknowledgeHandler(Messaging messaging) {
    this.messaging = messaging;
  }

  CompletableFuture<Void> delete(DeleteMessageRequest request, CallContext ctx) {
    return messaging.delete(request.queueUrl(), request.receiptHandle());
  }

  CompletableFuture<DeleteMessageBatchResult> deleteBatch(DeleteMessageBatchRequest request, CallContext ctx) {
    List<DeleteMessageBatchRequestEntry> entries = request.entries();
    BatchEntries.check(entries, DeleteMessageBatchRequestEntry::id, "DeleteMessageBatchRequestEntry");
    return messaging
        .deleteBatch(request.queueUrl(), entries.stream().map(DeleteMessageBatchRequestEntry::receiptHandle).toList())
        .thenApply(errors -> deleted(entries, errors));
  }

  private static DeleteMessageBatchResult deleted(List<DeleteMessageBatchRequestEntry> entries, List<Optional<SqsException>> errors) {
    List<DeleteMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchResultErrorEntry> failed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).id();
      errors.get(i).ifPresentOrElse(e -> failed.add(BatchEntries.failure(id, e)), () -> successful.add(new DeleteMessageBatchResultEntry(id)));
    }
    return new DeleteMessageBatchResult(successful, failed);
  }

  CompletableFuture<Void> changeVisibility(ChangeMessageVisibilityRequest request, CallContext ctx) {
    if (request.visibilityTimeout() == null) {
      throw SqsException.missingParameter("VisibilityTimeout");
    }
    return messaging.changeVisibility(request.queueUrl(), request.receiptHandle(), request.visibilityTimeout());
  }

  CompletableFuture<ChangeMessageVisibilityBatchResult> changeVisibilityBatch(ChangeMessageVisibilityBatchRequest request, CallContext ctx) {
    List<ChangeMessageVisibilityBatchRequestEntry> entries = request.entries();
    BatchEntries.check(entries, ChangeMessageVisibilityBatchRequestEntry::id, "ChangeMessageVisibilityBatchRequestEntry");
    return messaging
        .changeVisibilityBatch(
            request.queueUrl(),
            entries.stream().map(ChangeMessageVisibilityBatchRequestEntry::receiptHandle).toList(),
            entries.stream().map(ChangeMessageVisibilityBatchRequestEntry::visibilityTimeout).toList())
        .thenApply(errors -> changed(entries, errors));
  }

  private static ChangeMessageVisibilityBatchResult changed(
      List<ChangeMessageVisibilityBatchRequestEntry> entries, List<Optional<SqsException>> errors) {
    List<ChangeMessageVisibilityBatchResultEntry> successful = new ArrayList<>();
    List<BatchResultErrorEntry> failed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).id();
      errors.get(i).ifPresentOrElse(
          e -> failed.add(BatchEntries.failure(id, e)), () -> successful.add(new ChangeMessageVisibilityBatchResultEntry(id)));
    }
    return new ChangeMessageVisibilityBatchResult(successful, failed);
  }
}
