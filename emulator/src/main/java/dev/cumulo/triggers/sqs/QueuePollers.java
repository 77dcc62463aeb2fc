package dev.cumulo.triggers.sqs;

import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.metering.Meter;
import dev.cumulo.queue.QueueService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

/**
 * The running SQS event source mappings of a project: one {@link MappingPoller} per enabled mapping whose function can
 * run here. Starting checks what CreateEventSourceMapping checks once the queue is known: the queue's visibility
 * timeout must be at least the function's timeout.
 */
public final class QueuePollers implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(QueuePollers.class.getName());
  /** Lambda's default cap on the concurrency of one SQS mapping. */
  private static final int DEFAULT_MAXIMUM_CONCURRENCY = 1000;

  private final List<Running> mappings = new ArrayList<>();

  /** A mapping and its poller, which it lacks when disabled or when its function cannot run here. */
  private record Running(SqsMapping mapping, Optional<MappingPoller> poller) {}

  /**
   * What the pollers use: the functions they invoke, the queues they poll, their threads, the region, and the meter
   * their receives and deletes are reported to (Lambda's pollers make SQS requests the queue's owner pays for).
   */
  public record Context(FunctionService functions, QueueService queues, Executor workers,
      ScheduledExecutorService timer, String region, Meter meter) {}

  /** A mapping as it runs now: how many pollers it has and how many batches are being delivered. */
  public record Status(SqsMapping mapping, int pollers, int batchesInFlight) {}

  private QueuePollers() {}

  public static QueuePollers start(List<SqsMapping> definitions, Context context) {
    QueuePollers pollers = new QueuePollers();
    for (SqsMapping mapping : definitions) {
      checkVisibilityTimeout(mapping, context);
      pollers.mappings.add(new Running(mapping, poller(mapping, context)));
    }
    pollers.mappings.forEach(running -> running.poller().ifPresent(MappingPoller::start));
    return pollers;
  }

  private static Optional<MappingPoller> poller(SqsMapping mapping, Context context) {
    Optional<FunctionInfo> function = context.functions().function(mapping.function());
    if (!mapping.enabled() || function.isEmpty()) {
      return Optional.empty();
    }
    if (!function.get().availability().available()) {
      LOG.warning(() -> "Not polling " + mapping.queueName() + " for " + mapping.function() + ": "
          + function.get().availability().reason());
      return Optional.empty();
    }
    int cap = Math.min(mapping.maximumConcurrency().orElse(DEFAULT_MAXIMUM_CONCURRENCY),
        function.get().config().maxInstances());
    if (cap < 1) {
      return Optional.empty();
    }
    if (context.queues().admin().find(mapping.queueArn()).isEmpty()) {
      LOG.warning(() -> "Queue " + mapping.queueArn() + " does not exist yet; " + mapping.function()
          + " will be polled for it once it is created");
    }
    return Optional.of(new MappingPoller(mapping, cap, context));
  }

  private static void checkVisibilityTimeout(SqsMapping mapping, Context context) {
    if (context.queues().admin().find(mapping.queueArn()).isEmpty()) {
      return;
    }
    int visibility = Integer.parseInt(context.queues().attributes()
        .get(mapping.queueArn(), List.of("VisibilityTimeout")).get("VisibilityTimeout"));
    context.functions().function(mapping.function()).map(f -> f.config().timeoutSeconds())
        .filter(timeout -> timeout > visibility)
        .ifPresent(timeout -> {
          throw mapping.properties().error("Queue visibility timeout: " + visibility
              + " seconds is less than Function timeout: " + timeout + " seconds");
        });
  }

  public List<Status> status() {
    return mappings.stream().map(running -> new Status(running.mapping(),
        running.poller().map(MappingPoller::pollers).orElse(0),
        running.poller().map(MappingPoller::batchesInFlight).orElse(0))).toList();
  }

  /** Ends every long poll at once; no thread is left waiting on a queue. */
  @Override
  public void close() {
    mappings.forEach(running -> running.poller().ifPresent(MappingPoller::close));
  }
}
