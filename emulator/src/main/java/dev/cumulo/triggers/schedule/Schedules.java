package dev.cumulo.triggers.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.json.Json;
import dev.cumulo.metering.Meter;
import dev.cumulo.metering.Metering;
import dev.cumulo.triggers.events.ScheduledEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a project's schedules: each enabled schedule waits on the emulator's timer for its next fire time, then
 * delivers its event as an asynchronous invocation, as EventBridge does. Any schedule, enabled or not, can also be
 * fired now.
 */
public final class Schedules implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

  private final Map<String, Armed> schedules = new LinkedHashMap<>();
  private final FunctionService functions;
  private final ScheduledExecutorService timer;
  private final Executor workers;
  private final String region;
  private final String account;
  private final Meter meter;
  private final Instant started = Instant.now();
  private volatile boolean closed;

  /** A schedule and its next fire time. */
  public record Status(Schedule schedule, Optional<Instant> nextFire) {}

  private static final class Armed {
    final Schedule schedule;
    Optional<Instant> next = Optional.empty();
    ScheduledFuture<?> timer;

    Armed(Schedule schedule) {
      this.schedule = schedule;
    }
  }

  /** Where schedules deliver and on which threads. */
  public record Context(FunctionService functions, ScheduledExecutorService timer, Executor workers, String region,
      String account, Meter meter) {}

  public Schedules(List<Schedule> definitions, Context context) {
    this.functions = context.functions();
    this.timer = context.timer();
    this.workers = context.workers();
    this.region = context.region();
    this.account = context.account();
    this.meter = context.meter();
    for (Schedule schedule : definitions) {
      Armed armed = new Armed(schedule);
      schedules.put(key(schedule.function(), schedule.eventName()), armed);
      if (schedule.enabled()) {
        arm(armed, started);
      }
    }
  }

  public List<Status> list() {
    List<Status> out = new ArrayList<>();
    for (Armed armed : schedules.values()) {
      synchronized (armed) {
        out.add(new Status(armed.schedule, armed.next));
      }
    }
    return out;
  }

  /**
   * Delivers a schedule's event now, without changing when it next fires by itself; returns the invocation's request
   * id.
   *
   * @throws NoSuchElementException when the function has no schedule of that name
   */
  public String fire(String function, String eventName) {
    Armed armed = schedules.get(key(function, eventName));
    if (armed == null) {
      throw new NoSuchElementException("No schedule " + eventName + " on function " + function);
    }
    return deliver(armed.schedule, Instant.now());
  }

  private void arm(Armed armed, Instant after) {
    synchronized (armed) {
      if (closed) {
        return;
      }
      armed.next = armed.schedule.expression().nextAfter(started, after);
      armed.next.ifPresent(at -> {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        armed.timer = timer.schedule(() -> workers.execute(() -> due(armed, at)), delay, TimeUnit.MILLISECONDS);
      });
    }
  }

  private void due(Armed armed, Instant at) {
    try {
      deliver(armed.schedule, at);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Schedule " + armed.schedule.eventName() + " could not invoke " + armed.schedule.function(), e);
    }
    arm(armed, at);
  }

  private String deliver(Schedule schedule, Instant time) {
    byte[] payload = schedule.input().map(input -> input.getBytes(StandardCharsets.UTF_8))
        .orElseGet(() -> defaultEvent(schedule, time));
    InvocationRequest request = functions.request(schedule.function(), payload, InvocationType.EVENT,
        new Trigger(Trigger.Source.SCHEDULE, schedule.expression().text()), Optional.empty());
    functions.invokeAsync(request);
    if (schedule.kind() == Schedule.Kind.SCHEDULER) { // EventBridge rules' scheduled events are free
      meter.record(new Metering(Metering.SCHEDULER, schedule.eventName(), "Invoke").served(payload.length, 0, ""));
    }
    return request.requestId();
  }

  private byte[] defaultEvent(Schedule schedule, Instant time) {
    ObjectNode event = schedule.kind() == Schedule.Kind.RULE
        ? ScheduledEvent.build(account, region, schedule.arn(), time)
        : Json.object();
    return Json.write(event).getBytes(StandardCharsets.UTF_8);
  }

  private static String key(String function, String eventName) {
    return function + "/" + eventName;
  }

  @Override
  public void close() {
    closed = true;
    for (Armed armed : schedules.values()) {
      synchronized (armed) {
        if (armed.timer != null) {
          armed.timer.cancel(false);
        }
      }
    }
  }
}
