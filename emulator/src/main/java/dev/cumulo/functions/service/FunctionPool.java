package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.Availability;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.Outcome;
import dev.cumulo.recorder.InstanceInfo.State;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.recorder.Phase;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The instances of one function: reuses the most recently used warm instance, cold-starts a new one when all are busy
 * up to the function's limit, and throttles beyond it, as Lambda does. Idle instances are reaped after the keep-warm
 * time; changed code retires them.
 */
final class FunctionPool {
  private static final int COLD_START_SAMPLES = 1000;

  private final FunctionConfig config;
  private final PoolContext ctx;
  private final Path taskRoot;
  private final Availability availability;
  private final double cpus;
  private final List<Instance> instances = new ArrayList<>();
  private final Deque<Instance> idle = new ArrayDeque<>();
  private final List<Runnable> capacityListeners = new CopyOnWriteArrayList<>();
  private final Deque<Long> coldStartShares = new ArrayDeque<>();
  /** A Runtime API listener bound ahead of the next cold start; prepared after the first one. */
  private RuntimeEndpoint spare;
  private boolean closed;

  /** @param cpus the vCPUs each instance may use where the platform can limit them; 0 for as many as it gets */
  FunctionPool(FunctionConfig config, PoolContext ctx, Path taskRoot, Availability availability, double cpus) {
    this.config = config;
    this.ctx = ctx;
    this.taskRoot = taskRoot;
    this.availability = availability;
    this.cpus = cpus;
  }

  /** Another pool of the same function at {@code memoryMb}, apart from this one, held to {@code newCpus}. */
  FunctionPool sibling(int memoryMb, double newCpus, PoolContext newCtx) {
    return new FunctionPool(config.withMemory(memoryMb), newCtx, taskRoot, availability, newCpus);
  }

  FunctionConfig config() {
    return config;
  }

  Availability availability() {
    return availability;
  }

  double cpus() {
    return cpus;
  }

  /** Runs the request on a warm instance or a new one; completes with a THROTTLED record when at the limit. */
  CompletableFuture<InvocationResult> invoke(InvocationRequest request, int attempt, Optional<PausedSpan> held) {
    Invocation invocation = new Invocation(request, config, attempt, held);
    ctx.recorder().invocation(invocation.record(Phase.QUEUED));
    while (true) {
      Instance warm;
      Instance cold = null;
      synchronized (this) {
        warm = idle.pollFirst();
        if (warm == null) {
          if (instances.size() >= config.maxInstances()) {
            return throttle(invocation);
          }
          cold = new Instance(this, ctx, config, taskRoot);
          instances.add(cold);
        }
      }
      if (cold != null) {
        Instance starting = cold;
        ctx.workers().execute(() -> starting.start(invocation));
        return invocation.done;
      }
      if (warm.assign(invocation)) {
        return invocation.done;
      }
    }
  }

  private CompletableFuture<InvocationResult> throttle(Invocation invocation) {
    return end(invocation, new Outcome.Throttled());
  }

  /** Ends a request without running it (a debugger dropped its event), recorded with {@code outcome}. */
  CompletableFuture<InvocationResult> reject(InvocationRequest request, int attempt, Optional<PausedSpan> held, Outcome outcome) {
    return end(new Invocation(request, config, attempt, held), outcome);
  }

  private CompletableFuture<InvocationResult> end(Invocation invocation, Outcome outcome) {
    invocation.outcome = outcome;
    InvocationRecord record = invocation.record(Phase.DONE);
    ctx.recorder().invocation(record);
    invocation.done.complete(new InvocationResult(record, List.of()));
    return invocation.done;
  }

  /** An instance finished an invocation and can take another. */
  void released(Instance instance) {
    if (ctx.keepWarm().isZero()) {
      instance.retire();
      return;
    }
    synchronized (this) {
      if (instances.contains(instance)) {
        idle.addFirst(instance);
      }
    }
    capacityListeners.forEach(Runnable::run);
  }

  void dead(Instance instance) {
    synchronized (this) {
      instances.remove(instance);
      idle.remove(instance);
    }
    capacityListeners.forEach(Runnable::run);
  }

  /** Called when an instance frees up or goes away, so that waiting asynchronous events can go. */
  void onCapacity(Runnable listener) {
    capacityListeners.add(listener);
  }

  /** Stops idle instances that have waited longer than the keep-warm time. */
  void reap() {
    long limit = ctx.keepWarm().toNanos();
    long now = System.nanoTime();
    List<Instance> expired = new ArrayList<>();
    synchronized (this) {
      for (Instance instance : idle) {
        if (now - instance.idleSinceNanos() >= limit) {
          expired.add(instance);
        }
      }
      idle.removeAll(expired);
    }
    expired.forEach(Instance::retire);
  }

  /** New code: idle instances stop now, busy ones when their invocation ends. */
  void retireAll() {
    List<Instance> all;
    synchronized (this) {
      all = new ArrayList<>(instances);
      idle.clear();
    }
    for (Instance instance : all) {
      if (instance.state() == State.BUSY) {
        instance.retireWhenIdle();
      } else {
        instance.retire();
      }
    }
  }

  void close() {
    List<Instance> all;
    RuntimeEndpoint unused;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(instances);
      unused = spare;
      spare = null;
    }
    all.forEach(Instance::stopNow);
    if (unused != null) {
      unused.close();
    }
  }

  /**
   * A Runtime API listener for a cold start: the one bound ahead when there is one. The next is bound once this cold
   * start has served its first event ({@link #coldStartServed}), so that binding it does not compete with the spawn.
   */
  RuntimeEndpoint takeEndpoint() {
    RuntimeEndpoint ready;
    synchronized (this) {
      ready = spare;
      spare = null;
    }
    return ready != null ? ready : RuntimeEndpoint.open(ctx, config.isImage());
  }

  private void prepareSpare() {
    synchronized (this) {
      if (spare != null || closed) {
        return;
      }
    }
    RuntimeEndpoint prepared;
    try {
      prepared = RuntimeEndpoint.open(ctx, config.isImage());
    } catch (RuntimeException e) {
      return; // the next cold start binds its own
    }
    synchronized (this) {
      if (spare == null && !closed) {
        spare = prepared;
        return;
      }
    }
    prepared.close();
  }

  synchronized boolean pausedIn(String requestId) {
    return instances.stream().anyMatch(instance -> instance.pausedIn(requestId));
  }

  /** Live instance counts by state. */
  synchronized InstanceCounts counts() {
    int starting = 0;
    int busy = 0;
    int ready = 0;
    for (Instance instance : instances) {
      switch (instance.state()) {
        case STARTING -> starting++;
        case BUSY -> busy++;
        case READY -> ready++;
        default -> { }
      }
    }
    return new InstanceCounts(starting, ready, busy);
  }

  /** A cold start has served its first event; {@code ownShareMicros} is the part of it that was Cumulo's. */
  void coldStartServed(long ownShareMicros) {
    synchronized (this) {
      coldStartShares.addLast(ownShareMicros);
      if (coldStartShares.size() > COLD_START_SAMPLES) {
        coldStartShares.removeFirst();
      }
    }
    ctx.workers().execute(this::prepareSpare);
  }

  synchronized List<Long> coldStartShares() {
    return List.copyOf(coldStartShares);
  }
}
