package dev.cumulo.queue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.queue.model.MoveTask;
import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.store.MessageState;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Dead-letter queue redrive (StartMessageMoveTask, ListMessageMoveTasks, CancelMessageMoveTask): a task moves the
 * messages visible in a dead-letter queue when it starts to the given destination, or each back to the queue it came
 * from, at most MaxNumberOfMessagesPerSecond, in steps on the timer thread. Task handles are base64 of
 * {@code {"taskId":...,"sourceArn":...}} as in SQS. Tasks live in memory: a restart forgets them.
 */
public final class MoveTasks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long STEP_MS = 100;
  private static final int MAX_PER_STEP = 500;

  private final QueueRegistry registry;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private final Map<String, Deque<MoveTaskRun>> bySource = new HashMap<>();

  MoveTasks(QueueRegistry registry, Clock clock, ScheduledExecutorService timer) {
    this.registry = registry;
    this.clock = clock;
    this.timer = timer;
  }

  public String start(String sourceArn, String destinationArn, Integer maxPerSecond) {
    if (sourceArn == null || sourceArn.isEmpty()) {
      throw SqsException.missingParameter("SourceArn");
    }
    Queue source = registry.byArn(sourceArn).orElseThrow(() -> notFound("SourceArn"));
    boolean isDeadLetterQueue =
        registry.all().stream().anyMatch(q -> q.settings().redrivePolicy().map(p -> p.deadLetterTargetArn().equals(sourceArn)).orElse(false));
    if (!isDeadLetterQueue) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception("Source queue must be configured as a Dead Letter Queue.");
    }
    if (destinationArn != null && registry.byArn(destinationArn).isEmpty()) {
      throw notFound("DestinationArn");
    }
    if (maxPerSecond != null && (maxPerSecond < 1 || maxPerSecond > 500)) {
      throw SqsException.invalidParameter("MaxNumberOfMessagesPerSecond", maxPerSecond, "Must be between 1 and 500.");
    }
    synchronized (bySource) {
      Deque<MoveTaskRun> tasks = bySource.computeIfAbsent(sourceArn, a -> new ArrayDeque<>());
      if (!tasks.isEmpty() && tasks.peekFirst().running()) {
        throw SqsError.INVALID_PARAMETER_VALUE.exception(
            "There is already a task running. Only one active task is allowed for a source queue arn at a given time.");
      }
      String taskId = UUID.randomUUID().toString();
      String handle = encodeHandle(taskId, sourceArn);
      MoveTaskRun run =
          new MoveTaskRun(taskId, handle, sourceArn, Optional.ofNullable(destinationArn), Optional.ofNullable(maxPerSecond),
              source.counts().visible(), clock.millis());
      tasks.addFirst(run);
      timer.execute(() -> step(run));
      return handle;
    }
  }

  private void step(MoveTaskRun run) {
    if (!run.running()) {
      return;
    }
    Optional<Queue> source = registry.byArn(run.sourceArn);
    if (source.isEmpty()) {
      run.fail(SqsError.QUEUE_DOES_NOT_EXIST.queryCode());
      return;
    }
    int wanted = (int) Math.min(MAX_PER_STEP, run.allowance(clock.millis()));
    if (wanted > 0) {
      List<MessageState> taken = source.get().takeForMove(wanted);
      if (!moveAll(run, source.get(), taken)) {
        return;
      }
      run.movedSome(taken.size());
      if (taken.size() < wanted) {
        run.complete();
      }
    }
    if (run.running()) {
      timer.schedule(() -> step(run), STEP_MS, TimeUnit.MILLISECONDS);
    }
  }

  private boolean moveAll(MoveTaskRun run, Queue source, List<MessageState> taken) {
    Map<String, List<MessageState>> byDestination =
        taken.stream().collect(Collectors.groupingBy(m -> run.destinationArn.or(m::deadLetterSourceArn).orElse("")));
    Map<Queue, List<MessageState>> resolved = new HashMap<>();
    for (Map.Entry<String, List<MessageState>> e : byDestination.entrySet()) {
      Optional<Queue> destination = registry.byArn(e.getKey());
      if (destination.isEmpty()) {
        source.putBack(taken);
        run.fail(SqsError.QUEUE_DOES_NOT_EXIST.queryCode());
        return false;
      }
      resolved.put(destination.get(), e.getValue());
    }
    resolved.forEach((queue, states) -> Arrivals.moveIn(queue, states, Optional.empty(), true, QueueChange.Kind.REDRIVEN));
    return true;
  }

  public List<MoveTask> list(String sourceArn, Integer maxResults) {
    if (sourceArn == null || sourceArn.isEmpty()) {
      throw SqsException.missingParameter("SourceArn");
    }
    registry.byArn(sourceArn).orElseThrow(() -> notFound("SourceArn"));
    int max = maxResults == null ? 1 : maxResults;
    if (max < 1 || max > 10) {
      throw SqsException.invalidParameter("MaxResults", max, "Must be between 1 and 10, if provided.");
    }
    synchronized (bySource) {
      return bySource.getOrDefault(sourceArn, new ArrayDeque<>()).stream().limit(max).map(MoveTaskRun::view).toList();
    }
  }

  public long cancel(String taskHandle) {
    String[] decoded = decodeHandle(taskHandle);
    registry.byArn(decoded[1]).orElseThrow(() -> notFound("SourceArn"));
    synchronized (bySource) {
      for (MoveTaskRun run : bySource.getOrDefault(decoded[1], new ArrayDeque<>())) {
        if (run.taskId.equals(decoded[0])) {
          if (!run.running()) {
            throw SqsError.INVALID_PARAMETER_VALUE.exception("Only active tasks can be cancelled.");
          }
          return run.cancel();
        }
      }
    }
    throw SqsError.RESOURCE_NOT_FOUND.exception("Task does not exist.");
  }

  private static String encodeHandle(String taskId, String sourceArn) {
    String doc = JSON.createObjectNode().put("taskId", taskId).put("sourceArn", sourceArn).toString();
    return Base64.getEncoder().encodeToString(doc.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decodeHandle(String handle) {
    try {
      JsonNode doc = JSON.readTree(new String(Base64.getDecoder().decode(handle), StandardCharsets.UTF_8));
      if (doc.hasNonNull("taskId") && doc.hasNonNull("sourceArn")) {
        return new String[] {doc.get("taskId").asText(), doc.get("sourceArn").asText()};
      }
    } catch (Exception e) {
      // reported below
    }
    throw SqsError.INVALID_PARAMETER_VALUE.exception("Value for parameter TaskHandle is invalid.");
  }

  private static SqsException notFound(String parameter) {
    return SqsError.RESOURCE_NOT_FOUND.exception(
        "The resource that you specified for the " + parameter + " parameter doesn't exist.");
  }
}
