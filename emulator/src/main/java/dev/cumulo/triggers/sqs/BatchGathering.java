package dev.cumulo.triggers.sqs;

import dev.cumulo.metering.Meter;
import dev.cumulo.metering.Metering;
import dev.cumulo.queue.model.ReceiveOptions;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.service.Messaging;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fills one batch the way an event source mapping does: a long poll for the first messages, then, with a batching
 * window, more receives until the batch is full, the window (counted from the first messages) closes, or the batch
 * nears Lambda's payload limit. A message received again within the window (its visibility timeout was shorter)
 * appears once, with its newest receipt handle. Long polls hold no thread; each one can be ended early, which is how a closing window
 * or a stopping emulator ends it.
 */
final class BatchGathering {
  /** SQS's longest long poll, and the most one receive returns. */
  static final int MAX_WAIT_SECONDS = 20;
  static final int MAX_RECEIVE = 10;

  private final SqsMapping mapping;
  private final Messaging messages;
  private final ScheduledExecutorService timer;
  private final Executor workers;
  private final Meter meter;
  private final Set<CancellablePoll> polls = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  BatchGathering(SqsMapping mapping, Messaging messages, ScheduledExecutorService timer, Executor workers, Meter meter) {
    this.mapping = mapping;
    this.meter = meter;
    this.messages = messages;
    this.timer = timer;
    this.workers = workers;
  }

  /** A gathered batch, and when its first messages were received ({@link System#nanoTime()}). */
  record Gathered(List<ReceivedMessage> messages, long firstReceivedAt) {}

  /** A batch, or an empty one when no message came within {@code idleWaitSeconds}. */
  CompletableFuture<Gathered> gather(int idleWaitSeconds) {
    return receive(Math.min(MAX_RECEIVE, mapping.batchSize()), idleWaitSeconds, 0).thenComposeAsync(first -> {
      long receivedAt = System.nanoTime();
      if (first.isEmpty() || mapping.maximumBatchingWindowSeconds() == 0) {
        return CompletableFuture.completedFuture(new Gathered(first, receivedAt));
      }
      long deadline = receivedAt + TimeUnit.SECONDS.toNanos(mapping.maximumBatchingWindowSeconds());
      return more(new ArrayList<>(first), deadline).thenApply(batch -> new Gathered(batch, receivedAt));
    }, workers);
  }

  private CompletableFuture<List<ReceivedMessage>> more(List<ReceivedMessage> batch, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (closed || remaining <= 0 || batch.size() >= mapping.batchSize()
        || BatchPayload.estimate(batch) >= BatchPayload.LIMIT) {
      return CompletableFuture.completedFuture(batch);
    }
    int wait = (int) Math.min(MAX_WAIT_SECONDS, (TimeUnit.NANOSECONDS.toMillis(remaining) + 999) / 1000);
    int want = Math.min(MAX_RECEIVE, mapping.batchSize() - batch.size());
    return receive(want, wait, remaining).thenComposeAsync(received -> {
      for (ReceivedMessage message : received) {
        batch.removeIf(held -> held.messageId().equals(message.messageId()));
        batch.add(message);
      }
      return received.isEmpty() ? CompletableFuture.completedFuture(batch) : more(batch, deadline);
    }, workers);
  }

  /** One receive; with {@code endAfterNanos} above zero its long poll ends after that long even if SQS would wait. */
  private CompletableFuture<List<ReceivedMessage>> receive(int max, int waitSeconds, long endAfterNanos) {
    CancellablePoll poll = new CancellablePoll();
    polls.add(poll);
    if (closed) {
      poll.cancel();
    }
    ScheduledFuture<?> end = endAfterNanos > 0 ? timer.schedule(poll::cancel, endAfterNanos, TimeUnit.NANOSECONDS) : null;
    CompletableFuture<List<ReceivedMessage>> received;
    try {
      received = messages.receive(mapping.queueArn(), ReceiveOptions.everything(max).waiting(waitSeconds), poll);
    } catch (RuntimeException e) {
      received = CompletableFuture.failedFuture(e);
    }
    return received.whenComplete((messages, error) -> {
      polls.remove(poll);
      if (messages != null && !messages.isEmpty()) {
        long bytes = messages.stream().mapToLong(m -> m.body().getBytes(StandardCharsets.UTF_8).length).sum();
        meter.record(new Metering(Metering.SQS, mapping.queueName(), "ReceiveMessage").served(bytes, bytes, ""));
      }
      if (end != null) {
        end.cancel(false);
      }
    });
  }

  /** Ends every long poll now; later receives end at once. */
  void close() {
    closed = true;
    polls.forEach(CancellablePoll::cancel);
  }
}
