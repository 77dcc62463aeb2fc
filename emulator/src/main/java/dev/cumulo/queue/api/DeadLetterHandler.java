package dev.cumulo.queue.api;

import dev.cumulo.queue.model.MoveTask;
import dev.cumulo.queue.model.wire.CancelMessageMoveTaskRequest;
import dev.cumulo.queue.model.wire.CancelMessageMoveTaskResult;
import dev.cumulo.queue.model.wire.ListDeadLetterSourceQueuesRequest;
import dev.cumulo.queue.model.wire.ListDeadLetterSourceQueuesResult;
import dev.cumulo.queue.model.wire.ListMessageMoveTasksRequest;
import dev.cumulo.queue.model.wire.ListMessageMoveTasksResult;
import dev.cumulo.queue.model.wire.ListMessageMoveTasksResultEntry;
import dev.cumulo.queue.model.wire.StartMessageMoveTaskRequest;
import dev.cumulo.queue.model.wire.StartMessageMoveTaskResult;
import dev.cumulo.queue.service.MoveTasks;
import dev.cumulo.queue.service.Page;
import dev.cumulo.queue.service.QueueAttributes;

/** ListDeadLetterSourceQueues and the dead-letter redrive actions (message move tasks). */
final class DeadLetterHandler {
  private final QueueAttributes attributes;
  private final MoveTasks moveTasks;

  DeadLetterHandler(QueueAttributes attributes, MoveTasks moveTasks) {
    this.attributes = attributes;
    this.moveTasks = moveTasks;
  }

  ListDeadLetterSourceQueuesResult sources(ListDeadLetterSourceQueuesRequest request, CallContext ctx) {
    Page page = attributes.deadLetterSources(request.queueUrl(), request.maxResults(), request.nextToken());
    return new ListDeadLetterSourceQueuesResult(page.urls(), page.nextToken().orElse(null));
  }

  StartMessageMoveTaskResult start(StartMessageMoveTaskRequest request, CallContext ctx) {
    return new StartMessageMoveTaskResult(
        moveTasks.start(request.sourceArn(), request.destinationArn(), request.maxNumberOfMessagesPerSecond()));
  }

  ListMessageMoveTasksResult list(ListMessageMoveTasksRequest request, CallContext ctx) {
    return new ListMessageMoveTasksResult(
        moveTasks.list(request.sourceArn(), request.maxResults()).stream().map(DeadLetterHandler::entry).toList());
  }

  CancelMessageMoveTaskResult cancel(CancelMessageMoveTaskRequest request, CallContext ctx) {
    return new CancelMessageMoveTaskResult(moveTasks.cancel(request.taskHandle()));
  }

  private static ListMessageMoveTasksResultEntry entry(MoveTask t) {
    return new ListMessageMoveTasksResultEntry(
        t.taskHandle().orElse(null),
        t.status().name(),
        t.sourceArn(),
        t.destinationArn().orElse(null),
        t.maxNumberOfMessagesPerSecond().orElse(null),
        t.approximateNumberOfMessagesMoved(),
        t.approximateNumberOfMessagesToMove(),
        t.failureReason().orElse(null),
        t.startedTimestamp());
  }
}
