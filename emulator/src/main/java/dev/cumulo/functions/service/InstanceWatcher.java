package dev.cumulo.functions.service;

import dev.cumulo.recorder.InstanceInfo.State;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One periodic task for all live instances: moves new output lines into the log (so the app shows them while a
 * function runs) and checks memory against each function's limit. Idle instances are looked at once a second: Lambda
 * would have frozen them, and reading /proc twenty times a second for each would cost a laptop CPU all day.
 */
final class InstanceWatcher implements AutoCloseable {
  static final long PERIOD_MS = 50;
  private static final long IDLE_PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** Each instance watched, with when it was last polled. */
  private final Map<Instance, Long> lastPolled = new ConcurrentHashMap<>();
  private final ScheduledFuture<?> task;

  InstanceWatcher(ScheduledExecutorService scheduler) {
    this.task = scheduler.scheduleWithFixedDelay(this::pollAll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  void add(Instance instance) {
    lastPolled.put(instance, System.nanoTime() - IDLE_PERIOD_NANOS);
  }

  void remove(Instance instance) {
    lastPolled.remove(instance);
  }

  private void pollAll() {
    long now = System.nanoTime();
    for (Map.Entry<Instance, Long> watched : lastPolled.entrySet()) {
      Instance instance = watched.getKey();
      if (instance.state() == State.READY && now - watched.getValue() < IDLE_PERIOD_NANOS) {
        continue;
      }
      if (!lastPolled.replace(instance, watched.getValue(), now)) {
        continue; // removed meanwhile
      }
      try {
        instance.poll();
      } catch (RuntimeException e) {
        Logger.getLogger(InstanceWatcher.class.getName()).log(Level.WARNING, "Watching instance " + instance.id + " failed", e);
      }
    }
  }

  @Override
  public void close() {
    task.cancel(false);
  }
}
