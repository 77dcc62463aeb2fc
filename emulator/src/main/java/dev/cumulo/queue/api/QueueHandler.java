package dev.cumulo.queue.api;

import dev.cumulo.queue.model.wire.CreateQueueRequest;
import dev.cumulo.queue.model.wire.CreateQueueResult;
import dev.cumulo.queue.model.wire.GetQueueUrlRequest;
import dev.cumulo.queue.model.wire.GetQueueUrlResult;
import dev.cumulo.queue.model.wire.ListQueuesRequest;
import dev.cumulo.queue.model.wire.ListQueuesResult;
import dev.cumulo.queue.model.wire.QueueUrlRequest;
import dev.cumulo.queue.service.Messaging;
import dev.cumulo.queue.service.Page;
import dev.cumulo.queue.service.QueueAdmin;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** CreateQueue, DeleteQueue, GetQueueUrl, ListQueues and PurgeQueue. */
final class QueueHandler {
  private final QueueAdmin admin;
  private final Messaging messaging;

  QueueHandler(QueueAdmin admin, Messaging messaging) {
    this.admin = admin;
    this.messaging = messaging;
  }

  CreateQueueResult create(CreateQueueRequest request, CallContext ctx) {
    Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
    Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
    return new CreateQueueResult(admin.create(request.queueName(), attributes, tags).url());
  }

  Object delete(QueueUrlRequest request, CallContext ctx) {
    admin.delete(request.queueUrl());
    return null;
  }

  GetQueueUrlResult url(GetQueueUrlRequest request, CallContext ctx) {
    return new GetQueueUrlResult(admin.urlOf(request.queueName()).url());
  }

  ListQueuesResult list(ListQueuesRequest request, CallContext ctx) {
    Page page = admin.list(request.queueNamePrefix(), request.maxResults(), request.nextToken());
    return new ListQueuesResult(page.urls(), page.nextToken().orElse(null));
  }

  CompletableFuture<Void> purge(QueueUrlRequest request, CallContext ctx) {
    return messaging.purge(request.queueUrl());
  }
}
