package dev.cumulo.functions.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One periodic task for all live instances: moves new output lines into the log (so the app shows them while a
 * function runs) and checks memory against each function's limit.
 */
final class InstanceWatcher implements AutoCloseable {
  static final long PERIOD_MS = 50;

  private final Set<Instance> instances = ConcurrentHashMap.newKeySet();
  private final ScheduledFuture<?> task;

  InstanceWatcher(ScheduledExecutorService scheduler) {
    this.task = scheduler.scheduleWithFixedDelay(this::pollAll, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  void add(Instance instance) {
    instances.add(instance);
  }

  void remove(Instance instance) {
    instances.remove(instance);
  }

  private void pollAll() {
    for (Instance instance : instances) {
      try {
        instance.poll();
      } catch (RuntimeException e) {
        java.util.logging.Logger.getLogger(InstanceWatcher.class.getName())
            .log(java.util.logging.Level.WARNING, "Watching instance " + instance.id + " failed", e);
      }
    }
  }

  @Override
  public void close() {
    task.cancel(false);
  }
}
