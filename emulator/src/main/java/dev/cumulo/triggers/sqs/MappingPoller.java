package dev.cumulo.triggers.sqs;

import dev.cumulo.queue.QueueService;
import dev.cumulo.queue.model.ReceivedMessage;
import dev.cumulo.queue.model.SqsException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pollers of one mapping, scaled as Lambda scales them, on a laptop's budget. One poller long-polls while the queue
 * is quiet. A poller that fills a whole batch while more messages wait starts another, up to the mapping's cap (its
 * MaximumConcurrency and the function's instance limit); the extra pollers wait only briefly for messages and stop when
 * none come, or after their batch failed, so concurrency falls back to one when the queue drains or the function
 * fails. Each poller runs one batch at a time, so the number of pollers bounds the batches in flight.
 */
final class MappingPoller {
  private static final Logger LOG = Logger.getLogger(MappingPoller.class.getName());
  static final int EXTRA_POLLER_WAIT_SECONDS = 2;
  private static final long RETRY_AFTER_ERROR_MS = 1000;

  private final SqsMapping mapping;
  private final int cap;
  private final QueueService queues;
  private final Executor workers;
  private final ScheduledExecutorService timer;
  private final BatchGathering gathering;
  private final BatchInvocation invocation;
  private final AtomicInteger pollers = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closed;

  MappingPoller(SqsMapping mapping, int cap, QueuePollers.Context context) {
    this.mapping = mapping;
    this.cap = cap;
    this.queues = context.queues();
    this.workers = context.workers();
    this.timer = context.timer();
    this.gathering = new BatchGathering(mapping, queues.messages(), timer, workers, context.meter());
    this.invocation = new BatchInvocation(mapping, context.functions(), queues.messages(), timer, workers,
        context.region(), context.meter());
  }

  void start() {
    pollers.incrementAndGet();
    workers.execute(() -> poll(true));
  }

  int pollers() {
    return pollers.get();
  }

  int batchesInFlight() {
    return inFlight.get();
  }

  private void addPoller() {
    int n;
    do {
      n = pollers.get();
      if (n >= cap || closed) {
        return;
      }
    } while (!pollers.compareAndSet(n, n + 1));
    workers.execute(() -> poll(false));
  }

  private void poll(boolean base) {
    if (closed) {
      pollers.decrementAndGet();
      return;
    }
    int wait = base ? BatchGathering.MAX_WAIT_SECONDS : EXTRA_POLLER_WAIT_SECONDS;
    gathering.gather(wait).whenCompleteAsync((gathered, error) -> {
      if (error != null) {
        failedToReceive(base, error);
      } else if (closed) {
        invocation.release(gathered.messages());
        pollers.decrementAndGet();
      } else if (gathered.messages().isEmpty()) {
        next(base, base);
      } else {
        deliver(base, gathered);
      }
    }, workers);
  }

  private void deliver(boolean base, BatchGathering.Gathered gathered) {
    List<ReceivedMessage> batch = gathered.messages();
    if (batch.size() >= mapping.batchSize() && waiting() > 0) {
      addPoller();
    }
    int visibility = visibilityTimeout();
    long visibleAgainAt = gathered.firstReceivedAt() + TimeUnit.SECONDS.toNanos(visibility);
    inFlight.incrementAndGet();
    CompletableFuture<Boolean> run;
    try {
      run = invocation.run(batch, visibleAgainAt, visibility);
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    run.whenCompleteAsync((succeeded, error) -> {
      inFlight.decrementAndGet();
      if (error != null) {
        LOG.log(Level.WARNING, "Cannot deliver a batch from " + mapping.queueName() + " to " + mapping.function(),
            error);
      }
      next(base, base || Boolean.TRUE.equals(succeeded));
    }, workers);
  }

  /** Polls again, or stops this poller when it is an extra one that has nothing more to do. */
  private void next(boolean base, boolean goOn) {
    if (goOn && !closed) {
      poll(base);
    } else {
      pollers.decrementAndGet();
    }
  }

  private void failedToReceive(boolean base, Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    if (!base || closed) {
      pollers.decrementAndGet();
      return;
    }
    if (!(cause instanceof SqsException)) {
      LOG.log(Level.WARNING, "Polling " + mapping.queueName() + " for " + mapping.function() + " failed", cause);
    }
    timer.schedule(() -> workers.execute(() -> poll(true)), RETRY_AFTER_ERROR_MS, TimeUnit.MILLISECONDS);
  }

  private long waiting() {
    try {
      return queues.messages().counts(mapping.queueArn()).visible();
    } catch (SqsException e) {
      return 0;
    }
  }

  private int visibilityTimeout() {
    try {
      return Integer.parseInt(queues.attributes().get(mapping.queueArn(), List.of("VisibilityTimeout"))
          .get("VisibilityTimeout"));
    } catch (SqsException e) {
      return 0;
    }
  }

  /** Ends every long poll at once; batches being delivered finish, held ones go back to the queue. */
  void close() {
    closed = true;
    gathering.close();
    invocation.close();
  }
}
