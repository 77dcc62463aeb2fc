package dev.cumulo.queue.api;

import dev.cumulo.queue.model.ReceiveOptions;
import dev.cumulo.queue.model.wire.ReceiveMessageRequest;
import dev.cumulo.queue.model.wire.ReceiveMessageResult;
import dev.cumulo.queue.service.Messaging;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** ReceiveMessage; a long poll answers later, from whichever thread brings the messages or ends the wait. */
final class ReceiveHandler {
  private final Messaging messaging;

  ReceiveHandler(Messaging messaging) {
    this.messaging = messaging;
  }

  CompletableFuture<ReceiveMessageResult> receive(ReceiveMessageRequest request, CallContext ctx) {
    Set<String> systemAttributes = new HashSet<>();
    if (request.attributeNames() != null) {
      systemAttributes.addAll(request.attributeNames());
    }
    if (request.messageSystemAttributeNames() != null) {
      systemAttributes.addAll(request.messageSystemAttributeNames());
    }
    ReceiveOptions options =
        new ReceiveOptions(
            request.maxNumberOfMessages() == null ? 1 : request.maxNumberOfMessages(),
            optional(request.visibilityTimeout()),
            optional(request.waitTimeSeconds()),
            systemAttributes,
            request.messageAttributeNames() == null ? List.of() : request.messageAttributeNames());
    return messaging
        .receive(request.queueUrl(), options, ctx.client())
        .thenApply(messages -> new ReceiveMessageResult(messages.stream().map(WireMapping::message).toList()));
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
