package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.Availability;
import dev.cumulo.functions.launch.CpuLimiting;
import dev.cumulo.functions.launch.Executables;
import dev.cumulo.functions.launch.Launchers;
import dev.cumulo.functions.launch.RuntimeClients;
import dev.cumulo.functions.launch.TaskRoot;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Outcome;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.trace.Tracing;
import java.util.UUID;
import dev.cumulo.http.EventLoops;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.recorder.Recorder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs the project's functions: one pool of instances per function, synchronous and asynchronous invocation. */
public final class FunctionService implements AutoCloseable {
  private final Map<String, FunctionPool> pools = new LinkedHashMap<>();
  private final Map<String, AsyncInvoker> asyncInvokers = new LinkedHashMap<>();
  private final InstanceWatcher watcher;
  private final CodeWatcher codeWatcher;
  private final ScheduledFuture<?> reaper;
  private final Tracing tracing = new Tracing();
  private final DebugHooks debug = new DebugHooks();
  private final Launchers launchers;
  private final PoolContext ctx;

  /** Where the function service runs and what it uses; {@code edgeUrl} becomes the functions' AWS_ENDPOINT_URL. */
  public record Settings(
      Path workDir,
      String edgeUrl,
      String region,
      String accountId,
      Duration keepWarm,
      int maxInstancesPerFunction,
      List<Duration> asyncRetryDelays,
      boolean watchCode) {}

  public FunctionService(
      Project project,
      Settings settings,
      Recorder recorder,
      EventLoops loops,
      ScheduledExecutorService scheduler,
      ExecutorService workers) {
    RuntimeClients clients = RuntimeClients.install(settings.workDir().resolve("runtime-clients"), RuntimeClients.defaultCache());
    this.launchers = new Launchers(Executables.fromEnvironment(), clients);
    this.watcher = new InstanceWatcher(scheduler);
    this.ctx = new PoolContext(recorder, launchers, loops, scheduler, workers, watcher, settings.workDir(),
        settings.edgeUrl(), settings.region(), settings.accountId(), settings.keepWarm(), debug);
    this.codeWatcher = settings.watchCode() ? new CodeWatcher() : null;
    for (FunctionSpec spec : project.functions()) {
      FunctionConfig config = FunctionConfig.of(spec, settings.region(), settings.accountId(), settings.maxInstancesPerFunction());
      Path taskRoot = spec.isImage() ? settings.workDir() : TaskRoot.of(config, settings.workDir());
      FunctionPool pool = new FunctionPool(config, ctx, taskRoot, launchers.check(config, taskRoot), 0);
      pools.put(config.name(), pool);
      asyncInvokers.put(config.name(), new AsyncInvoker(pool, scheduler, settings.asyncRetryDelays()));
      if (codeWatcher != null && pool.availability().available() && !config.isImage()) {
        codeWatcher.watch(config.code().orElse(taskRoot), pool::retireAll);
      }
    }
    long period = Math.max(100, Math.min(1000, settings.keepWarm().toMillis() / 4));
    this.reaper = scheduler.scheduleWithFixedDelay(() -> pools.values().forEach(FunctionPool::reap), period, period, TimeUnit.MILLISECONDS);
  }

  public List<FunctionInfo> functions() {
    List<FunctionInfo> out = new ArrayList<>();
    for (FunctionPool pool : pools.values()) {
      out.add(new FunctionInfo(pool.config(), pool.availability(), pool.counts()));
    }
    return out;
  }

  /** A function by name, ARN or partial ARN ({@code 123456789012:function:name}), with or without {@code :$LATEST}. */
  public Optional<FunctionInfo> function(String nameOrArn) {
    return FunctionNames.name(nameOrArn)
        .map(pools::get)
        .map(pool -> new FunctionInfo(pool.config(), pool.availability(), pool.counts()));
  }

  /**
   * Runs a request now. The future completes with the finished record: its outcome says whether it succeeded, failed,
   * timed out, crashed, or was throttled because the function was at its concurrency limit.
   */
  public CompletableFuture<InvocationResult> invoke(InvocationRequest request) {
    FunctionPool pool = pool(request.functionName());
    Optional<EventGate> gate = debug.gate();
    if (gate.isEmpty()) {
      return pool.invoke(request, 0, Optional.empty());
    }
    return gate.get().pass(request, new EventGate.Delivery() {
      @Override
      public CompletableFuture<InvocationResult> deliver(InvocationRequest event, int attempt, Optional<PausedSpan> held) {
        return pool.invoke(event, attempt, held);
      }

      @Override
      public CompletableFuture<InvocationResult> reject(
          InvocationRequest event, int attempt, Optional<PausedSpan> held, Outcome outcome) {
        return pool.reject(event, attempt, held, outcome);
      }
    });
  }

  /**
   * A new request to {@code function} with a fresh request id, continuing the trace chain of {@code incomingTrace} (the
   * X-Amzn-Trace-Id of the request that caused it) when given.
   */
  public InvocationRequest request(
      String function, byte[] payload, InvocationType type, Trigger trigger, Optional<String> incomingTrace) {
    String requestId = UUID.randomUUID().toString();
    Tracing.InvocationTrace trace = tracing.begin(requestId, incomingTrace);
    return new InvocationRequest(requestId, FunctionNames.name(function).orElse(function), payload, type, Optional.empty(),
        Optional.empty(), trace.header().toString(), trigger, trace.parentRequestId());
  }

  /** The chain-of-causes index, for services that need to know which invocation sent a request. */
  public Tracing tracing() {
    return tracing;
  }

  /** Queues an asynchronous ({@code Event}) invocation with Lambda's retries; {@code onFinal} gets its last attempt. */
  public void invokeAsync(InvocationRequest request, Consumer<InvocationRecord> onFinal) {
    FunctionPool pool = pool(request.functionName());
    AsyncInvoker invoker = asyncInvokers.get(pool.config().name());
    Optional<EventGate> gate = debug.gate();
    if (gate.isEmpty()) {
      invoker.submit(request, 0, Optional.empty(), onFinal);
      return;
    }
    gate.get().pass(request, new EventGate.Delivery() {
      @Override
      public CompletableFuture<InvocationResult> deliver(InvocationRequest event, int attempt, Optional<PausedSpan> held) {
        CompletableFuture<InvocationResult> last = new CompletableFuture<>();
        invoker.submit(event, attempt, held, record -> last.complete(new InvocationResult(record, List.of())));
        return last;
      }

      @Override
      public CompletableFuture<InvocationResult> reject(
          InvocationRequest event, int attempt, Optional<PausedSpan> held, Outcome outcome) {
        return pool.reject(event, attempt, held, outcome);
      }
    }).thenAccept(result -> onFinal.accept(result.record()));
  }

  public void invokeAsync(InvocationRequest request) {
    invokeAsync(request, record -> { });
  }

  private FunctionPool pool(String name) {
    FunctionPool pool = FunctionNames.name(name).map(pools::get).orElse(null);
    if (pool == null) {
      throw new IllegalArgumentException("No function named " + name);
    }
    if (!pool.availability().available()) {
      throw new IllegalStateException(pool.availability().reason());
    }
    return pool;
  }

  /**
   * Whether a debugger stops the invocation {@code requestId} of {@code function} now: held at an event breakpoint, or
   * its process paused in code. Time that would not pass in the cloud, so triggers keep its messages hidden meanwhile.
   */
  public boolean stoppedByDebugger(String function, String requestId) {
    if (debug.gate().map(gate -> gate.holds(requestId)).orElse(false)) {
      return true;
    }
    FunctionPool pool = pools.get(function);
    return pool != null && pool.pausedIn(requestId);
  }

  /**
   * Installs a debugger: {@code gate} sees every event before delivery and {@code instances} every instance that
   * starts. Pass nulls to remove it.
   */
  public void debugWith(EventGate gate, InstanceHook instances) {
    debug.install(gate, instances);
  }

  /**
   * A pool of {@code function}'s own at {@code memoryMb}, apart from its pool (its traffic never lands there, its
   * instances stay warm until closed), each instance held to {@code cpus} vCPUs where {@link #cpuLimiting} says the
   * platform can. The memory sweep runs on it.
   */
  public DedicatedPool dedicated(String function, int memoryMb, double cpus) {
    PoolContext apart = ctx.withKeepWarm(DedicatedPool.KEEP_WARM).withoutDebugger();
    return new DedicatedPool(pool(function).sibling(memoryMb, cpus, apart));
  }

  /** How a CPU limit given to {@link #dedicated} is applied to {@code function}'s instances on this machine. */
  public CpuLimiting cpuLimiting(String function) {
    return launchers.cpuLimiting(pool(function).config());
  }

  /** Stops the warm instances of a function so the next invocation cold-starts (for example after a code change). */
  public void retireInstances(String name) {
    Optional.ofNullable(pools.get(name)).ifPresent(FunctionPool::retireAll);
  }

  /** Cumulo's own share of recent cold starts, in microseconds: spawning the process and serving its first event. */
  public List<Long> coldStartShares(String name) {
    return Optional.ofNullable(pools.get(name)).map(FunctionPool::coldStartShares).orElse(List.of());
  }

  public Availability availability(String name) {
    return Optional.ofNullable(pools.get(name)).map(FunctionPool::availability).orElse(Availability.unavailable("no such function"));
  }

  @Override
  public void close() {
    reaper.cancel(false);
    watcher.close();
    if (codeWatcher != null) {
      codeWatcher.close();
    }
    pools.values().forEach(FunctionPool::close);
    launchers.close();
  }
}
