package dev.cumulo.queue.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.wire.AddPermissionRequest;
import dev.cumulo.queue.model.wire.CancelMessageMoveTaskRequest;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityBatchRequest;
import dev.cumulo.queue.model.wire.ChangeMessageVisibilityRequest;
import dev.cumulo.queue.model.wire.CreateQueueRequest;
import dev.cumulo.queue.model.wire.DeleteMessageBatchRequest;
import dev.cumulo.queue.model.wire.DeleteMessageRequest;
import dev.cumulo.queue.model.wire.GetQueueAttributesRequest;
import dev.cumulo.queue.model.wire.GetQueueUrlRequest;
import dev.cumulo.queue.model.wire.ListDeadLetterSourceQueuesRequest;
import dev.cumulo.queue.model.wire.ListMessageMoveTasksRequest;
import dev.cumulo.queue.model.wire.ListQueuesRequest;
import dev.cumulo.queue.model.wire.QueueUrlRequest;
import dev.cumulo.queue.model.wire.ReceiveMessageRequest;
import dev.cumulo.queue.model.wire.RemovePermissionRequest;
import dev.cumulo.queue.model.wire.SendMessageBatchRequest;
import dev.cumulo.queue.model.wire.SendMessageRequest;
import dev.cumulo.queue.model.wire.SetQueueAttributesRequest;
import dev.cumulo.queue.model.wire.StartMessageMoveTaskRequest;
import dev.cumulo.queue.model.wire.TagQueueRequest;
import dev.cumulo.queue.model.wire.UntagQueueRequest;
import dev.cumulo.queue.service.QueueServices;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/** The SQS actions by name: the request record each binds and the handler that answers it. */
final class SqsActions {
  static final Set<String> NAMES =
      Set.of(
          "SendMessage", "SendMessageBatch", "ReceiveMessage", "DeleteMessage", "DeleteMessageBatch",
          "ChangeMessageVisibility", "ChangeMessageVisibilityBatch", "PurgeQueue", "CreateQueue", "DeleteQueue",
          "GetQueueUrl", "ListQueues", "GetQueueAttributes", "SetQueueAttributes", "TagQueue", "UntagQueue",
          "ListQueueTags", "AddPermission", "RemovePermission", "ListDeadLetterSourceQueues", "StartMessageMoveTask",
          "ListMessageMoveTasks", "CancelMessageMoveTask");

  private record Action<R>(Class<R> requestType, BiFunction<R, CallContext, ?> handler) {
    CompletableFuture<?> invoke(HttpRequest request, Wire wire, CallContext ctx) {
      Object result = handler.apply(wire.bind(request, requestType), ctx);
      return result instanceof CompletableFuture<?> future ? future : CompletableFuture.completedFuture(result);
    }
  }

  private final Map<String, Action<?>> actions = new HashMap<>();

  SqsActions(QueueServices services) {
    SendHandler send = new SendHandler(services.messaging());
    ReceiveHandler receive = new ReceiveHandler(services.messaging());
    AcknowledgeHandler ack = new AcknowledgeHandler(services.messaging());
    QueueHandler queues = new QueueHandler(services.admin(), services.messaging());
    AttributeHandler attributes = new AttributeHandler(services.attributes(), services.permissions());
    DeadLetterHandler deadLetters = new DeadLetterHandler(services.attributes(), services.moveTasks());
    add("SendMessage", SendMessageRequest.class, send::send);
    add("SendMessageBatch", SendMessageBatchRequest.class, send::sendBatch);
    add("ReceiveMessage", ReceiveMessageRequest.class, receive::receive);
    add("DeleteMessage", DeleteMessageRequest.class, ack::delete);
    add("DeleteMessageBatch", DeleteMessageBatchRequest.class, ack::deleteBatch);
    add("ChangeMessageVisibility", ChangeMessageVisibilityRequest.class, ack::changeVisibility);
    add("ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatchRequest.class, ack::changeVisibilityBatch);
    add("PurgeQueue", QueueUrlRequest.class, queues::purge);
    add("CreateQueue", CreateQueueRequest.class, queues::create);
    add("DeleteQueue", QueueUrlRequest.class, queues::delete);
    add("GetQueueUrl", GetQueueUrlRequest.class, queues::url);
    add("ListQueues", ListQueuesRequest.class, queues::list);
    add("GetQueueAttributes", GetQueueAttributesRequest.class, attributes::get);
    add("SetQueueAttributes", SetQueueAttributesRequest.class, attributes::set);
    add("TagQueue", TagQueueRequest.class, attributes::tag);
    add("UntagQueue", UntagQueueRequest.class, attributes::untag);
    add("ListQueueTags", QueueUrlRequest.class, attributes::tags);
    add("AddPermission", AddPermissionRequest.class, attributes::addPermission);
    add("RemovePermission", RemovePermissionRequest.class, attributes::removePermission);
    add("ListDeadLetterSourceQueues", ListDeadLetterSourceQueuesRequest.class, deadLetters::sources);
    add("StartMessageMoveTask", StartMessageMoveTaskRequest.class, deadLetters::start);
    add("ListMessageMoveTasks", ListMessageMoveTasksRequest.class, deadLetters::list);
    add("CancelMessageMoveTask", CancelMessageMoveTaskRequest.class, deadLetters::cancel);
  }

  private <R> void add(String name, Class<R> requestType, BiFunction<R, CallContext, ?> handler) {
    actions.put(name, new Action<>(requestType, handler));
  }

  /** Runs an action; the future completes with its result record, or null for actions without one. */
  CompletableFuture<?> invoke(String name, HttpRequest request, Wire wire, CallContext ctx) {
    Action<?> action = actions.get(name);
    if (action == null) {
      throw SqsError.INVALID_ACTION.exception("The action " + name + " is not valid for this endpoint.");
    }
    return action.invoke(request, wire, ctx);
  }
}
