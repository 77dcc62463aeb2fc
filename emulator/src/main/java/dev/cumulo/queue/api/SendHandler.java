package dev.cumulo.queue.api;

import dev.cumulo.queue.model.SendOutcome;
import dev.cumulo.queue.model.wire.BatchResultErrorEntry;
import dev.cumulo.queue.model.wire.SendMessageBatchRequest;
import dev.cumulo.queue.model.wire.SendMessageBatchRequestEntry;
import dev.cumulo.queue.model.wire.SendMessageBatchResult;
import dev.cumulo.queue.model.wire.SendMessageBatchResultEntry;
import dev.cumulo.queue.model.wire.SendMessageRequest;
import dev.cumulo.queue.model.wire.SendMessageResult;
import dev.cumulo.queue.service.EntryResult;
import dev.cumulo.queue.service.Messaging;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** SendMessage and SendMessageBatch. */
final class SendHandler {
  private final Messaging messaging;

  SendHandler(Messaging messaging) {
    this.messaging = messaging;
  }

  CompletableFuture<SendMessageResult> send(SendMessageRequest request, CallContext ctx) {
    return messaging
        .send(request.queueUrl(), WireMapping.outgoing(request, ctx), ctx.senderId())
        .thenApply(outcome -> new SendMessageResult(
            outcome.md5OfMessageBody(),
            outcome.md5OfMessageAttributes().orElse(null),
            outcome.md5OfMessageSystemAttributes().orElse(null),
            outcome.messageId(),
            outcome.sequenceNumber().orElse(null)));
  }

  CompletableFuture<SendMessageBatchResult> sendBatch(SendMessageBatchRequest request, CallContext ctx) {
    List<SendMessageBatchRequestEntry> entries = request.entries();
    BatchEntries.check(entries, SendMessageBatchRequestEntry::id, "SendMessageBatchRequestEntry");
    return messaging
        .sendBatch(request.queueUrl(), entries.stream().map(e -> WireMapping.outgoing(e, ctx)).toList(), ctx.senderId())
        .thenApply(results -> result(entries, results));
  }

  private static SendMessageBatchResult result(List<SendMessageBatchRequestEntry> entries, List<EntryResult<SendOutcome>> results) {
    List<SendMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchResultErrorEntry> failed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String id = entries.get(i).id();
      EntryResult<SendOutcome> result = results.get(i);
      result.error().ifPresent(e -> failed.add(BatchEntries.failure(id, e)));
      result.value().ifPresent(o -> successful.add(new SendMessageBatchResultEntry(
          id,
          o.messageId(),
          o.md5OfMessageBody(),
          o.md5OfMessageAttributes().orElse(null),
          o.md5OfMessageSystemAttributes().orElse(null),
          o.sequenceNumber().orElse(null))));
    }
    return new SendMessageBatchResult(successful, failed);
  }
}
