package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MoveTask;
import java.util.Optional;

/** The mutable state of one message move task; guarded by its own lock. */
final class MoveTaskRun {
  final String taskId;
  final String handle;
  final String sourceArn;
  final Optional<String> destinationArn;
  final Optional<Integer> maxPerSecond;
  final long toMove;
  final long startedMs;
  private long moved;
  private MoveTask.Status status = MoveTask.Status.RUNNING;
  private Optional<String> failureReason = Optional.empty();

  MoveTaskRun(String taskId, String handle, String sourceArn, Optional<String> destinationArn, Optional<Integer> maxPerSecond,
      long toMove, long startedMs) {
    this.taskId = taskId;
    this.handle = handle;
    this.sourceArn = sourceArn;
    this.destinationArn = destinationArn;
    this.maxPerSecond = maxPerSecond;
    this.toMove = toMove;
    this.startedMs = startedMs;
  }

  synchronized boolean running() {
    return status == MoveTask.Status.RUNNING;
  }

  /** How many more may move now without exceeding the rate limit or the count to move. */
  synchronized long allowance(long nowMs) {
    long byRate = maxPerSecond.map(r -> (long) Math.ceil(r * Math.max(1, nowMs - startedMs) / 1000.0)).orElse(Long.MAX_VALUE);
    return Math.max(0, Math.min(byRate, toMove) - moved);
  }

  synchronized void movedSome(long count) {
    moved += count;
    if (moved >= toMove && status == MoveTask.Status.RUNNING) {
      status = MoveTask.Status.COMPLETED;
    }
  }

  synchronized void complete() {
    if (status == MoveTask.Status.RUNNING) {
      status = MoveTask.Status.COMPLETED;
    }
  }

  synchronized void fail(String reason) {
    status = MoveTask.Status.FAILED;
    failureReason = Optional.of(reason);
  }

  synchronized long cancel() {
    status = MoveTask.Status.CANCELLED;
    return moved;
  }

  synchronized MoveTask view() {
    return new MoveTask(
        status == MoveTask.Status.RUNNING ? Optional.of(handle) : Optional.empty(), status, sourceArn, destinationArn, maxPerSecond, moved, toMove,
        failureReason, startedMs);
  }
}
