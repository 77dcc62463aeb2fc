package dev.cumulo.triggers.sqs;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.metering.Meter;
import dev.cumulo.metering.Metering;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.service.Messaging;
import dev.cumulo.recorder.InvocationRecord;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Delivers one batch to the function synchronously and settles it as Lambda does: success deletes the batch (all but
 * the reported failures with ReportBatchItemFailures); any failure leaves the messages to come back after their
 * visibility timeout, so the queue's redrive policy applies. A throttled invocation is tried again, backing off, until
 * the messages would become visible again. The first record's AWSTraceHeader continues the chain of causes. While a
 * debugger stops the invocation, the messages stay hidden ({@link HiddenWhileStopped}).
 */
final class BatchInvocation {
  private static final Logger LOG = Logger.getLogger(BatchInvocation.class.getName());
  private static final long FIRST_BACKOFF_MS = 50;
  private static final long MAX_BACKOFF_MS = 1000;

  private final SqsMapping mapping;
  private final FunctionService functions;
  private final Messaging messages;
  private final ScheduledExecutorService timer;
  private final Executor workers;
  private final String region;
  private final Meter meter;
  private volatile boolean closed;

  BatchInvocation(SqsMapping mapping, FunctionService functions, Messaging messages, ScheduledExecutorService timer,
      Executor workers, String region, Meter meter) {
    this.mapping = mapping;
    this.meter = meter;
    this.functions = functions;
    this.messages = messages;
    this.timer = timer;
    this.workers = workers;
    this.region = region;
  }

  /**
   * Runs a batch received around now; completes with false when the function failed with it, so the poller backs off.
   *
   * @param visibleAgainAt {@link System#nanoTime()} when the batch's messages return to the queue
   * @param visibilitySeconds the queue's visibility timeout
   */
  CompletableFuture<Boolean> run(List<ReceivedMessage> batch, long visibleAgainAt, int visibilitySeconds) {
    BatchPayload.Split split = BatchPayload.build(batch, mapping.queueArn(), region);
    if (!split.leftOut().isEmpty()) {
      release(split.leftOut());
    }
    Optional<String> trace = Optional.ofNullable(split.carried().get(0).systemAttributes().get("AWSTraceHeader"));
    HiddenWhileStopped hidden = new HiddenWhileStopped(mapping, functions, messages, timer,
        split.carried().stream().map(ReceivedMessage::receiptHandle).toList(), visibilitySeconds);
    hidden.watch(visibleAgainAt);
    return invoke(split.event(), trace, visibleAgainAt, FIRST_BACKOFF_MS, hidden)
        .whenComplete((record, error) -> hidden.end())
        .thenApply(record -> settle(split.carried(), record));
  }

  private CompletableFuture<InvocationRecord> invoke(byte[] event, Optional<String> trace, long deadline, long backoff,
      HiddenWhileStopped hidden) {
    CompletableFuture<InvocationRecord> done;
    try {
      InvocationRequest request = functions.request(mapping.function(), event, InvocationType.REQUEST_RESPONSE,
          new Trigger(Trigger.Source.SQS, mapping.queueName()), trace);
      hidden.carriedBy(request.requestId());
      done = functions.invoke(request).thenApply(result -> result.record());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return done.thenCompose(record -> {
      boolean retry = record.outcome() == OutcomeKind.THROTTLED && !closed
          && System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff) < deadline;
      if (!retry) {
        return CompletableFuture.completedFuture(record);
      }
      CompletableFuture<InvocationRecord> retried = new CompletableFuture<>();
      timer.schedule(() -> workers.execute(() ->
              invoke(event, trace, deadline, Math.min(MAX_BACKOFF_MS, backoff * 2), hidden).whenComplete((r, e) -> {
                if (e != null) {
                  retried.completeExceptionally(e);
                } else {
                  retried.complete(r);
                }
              })),
          backoff, TimeUnit.MILLISECONDS);
      return retried;
    });
  }

  private boolean settle(List<ReceivedMessage> batch, InvocationRecord record) {
    if (record.outcome() != OutcomeKind.SUCCESS) {
      return false;
    }
    Set<String> failed = Set.of();
    if (mapping.reportBatchItemFailures()) {
      Set<String> ids = batch.stream().map(ReceivedMessage::messageId).collect(Collectors.toSet());
      BatchItemFailures.Reading reading = BatchItemFailures.read(record.response(), ids);
      if (reading.wholeBatchFailure().isPresent()) {
        LOG.info(() -> mapping.function() + " failed its whole batch from " + mapping.queueName() + " ("
            + record.requestId() + "): " + reading.wholeBatchFailure().get());
        return false;
      }
      failed = reading.failed();
    }
    Set<String> keep = failed;
    List<String> done = batch.stream().filter(m -> !keep.contains(m.messageId())).map(ReceivedMessage::receiptHandle)
        .toList();
    if (!done.isEmpty()) {
      delete(done);
    }
    return true;
  }

  private void delete(List<String> handles) {
    meter.record(new Metering(Metering.SQS, mapping.queueName(), "DeleteMessageBatch").served(0, 0, ""));
    try {
      messages.deleteBatch(mapping.queueArn(), handles).whenComplete((errors, e) -> {
        if (e != null) {
          LOG.log(Level.WARNING, "Cannot delete a processed batch from " + mapping.queueName(), e);
        } else {
          errors.stream().flatMap(Optional::stream).findFirst().ifPresent(error -> LOG.info(() ->
              "Some messages of a processed batch from " + mapping.queueName() + " were not deleted: " + error));
        }
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot delete a processed batch from " + mapping.queueName(), e);
    }
  }

  /** Makes messages the poller holds but will not deliver visible again at once. */
  void release(List<ReceivedMessage> held) {
    List<String> handles = held.stream().map(ReceivedMessage::receiptHandle).toList();
    try {
      messages.changeVisibilityBatch(mapping.queueArn(), handles, Collections.nCopies(handles.size(), 0))
          .exceptionally(e -> null);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Cannot return held messages to " + mapping.queueName(), e);
    }
  }

  void close() {
    closed = true;
  }
}
