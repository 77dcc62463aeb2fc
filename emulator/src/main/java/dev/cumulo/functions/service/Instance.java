package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.InstanceContext;
import dev.cumulo.functions.launch.RuntimeProcess;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.model.Outcome;
import dev.cumulo.functions.runtimeapi.RuntimeApiResponses;
import dev.cumulo.functions.runtimeapi.RuntimeApiTarget;
import dev.cumulo.http.Exchange;
import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InstanceInfo.State;
import dev.cumulo.recorder.Phase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One execution environment: a process running a function's runtime, its Runtime API endpoint, and the invocation it
 * is working on. Its life is a state machine, STARTING -> READY -> BUSY -> (READY | DEAD), guarded by this object's lock;
 * whatever answers a request or completes a future happens outside the lock. A debugger may stop its clock while the
 * process is paused.
 */
final class Instance implements RuntimeApiTarget, DebuggedInstance {
  /** Lambda's init phase limit; a slow init is then retried within the function's timeout, which we add to it. */
  private static final long INIT_LIMIT_MS = 10_000;

  final String id;
  private final FunctionPool pool;
  private final PoolContext ctx;
  private final FunctionConfig config;
  private final Path taskRoot;
  private final InstanceStates states;
  private RuntimeEndpoint api;
  private RuntimeProcess runtime;
  private final InstanceOutput output;
  private Invocation current;
  private boolean delivered;
  private Exchange parked;
  private final Deadline deadline;
  private final DebuggerPause pause;
  private String lastRequestId = "";
  private Outcome.InitError reportedInitError;
  private final MemoryPeak memory = new MemoryPeak();
  private volatile long idleSince = System.nanoTime();
  private boolean retireAfterCurrent;
  private long spawnNanos;
  private long firstNextNanos;

  Instance(FunctionPool pool, PoolContext ctx, FunctionConfig config, Path taskRoot) {
    this.pool = pool;
    this.ctx = ctx;
    this.config = config;
    this.taskRoot = taskRoot;
    this.id = logStreamName();
    this.states = new InstanceStates(id);
    this.deadline = new Deadline(ctx.scheduler());
    this.pause = new DebuggerPause(deadline);
    this.output = new InstanceOutput(ctx.recorder(), config.name(), id, this::writer);
  }

  private synchronized InstanceOutput.Writer writer() {
    return new InstanceOutput.Writer(current, current != null ? current.requestId() : lastRequestId);
  }

  private static String logStreamName() {
    byte[] random = new byte[16];
    ThreadLocalRandom.current().nextBytes(random);
    return LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/[$LATEST]" + HexFormat.of().formatHex(random);
  }

  synchronized State state() {
    return states.current();
  }

  long idleSinceNanos() {
    return idleSince;
  }

  /** Cold-starts the process for {@code first}; runs on a worker thread. */
  void start(Invocation first) {
    long t0 = System.nanoTime();
    synchronized (this) {
      current = first;
      first.coldStart = true;
      first.instanceId = id;
      first.initStart = Clock.nowMicros();
    }
    announce(State.STARTING);
    ctx.recorder().invocation(first.record(Phase.INITIALIZING));
    try {
      api = pool.takeEndpoint().attach(this);
      Path logFile = output.open(ctx.workDir().resolve("logs").resolve(id.replaceAll("[^A-Za-z0-9]", "_") + ".log"));
      InstanceContext where =
          new InstanceContext(taskRoot, "127.0.0.1:" + api.port(), id, ctx.edgeUrl(), ctx.region(), ctx.accountId());
      output.platformLine(first, ReportLines.initStart(ctx.launchers().runtimeVersion(config), ctx.region()));
      runtime = ctx.launchers().start(config, where, logFile, pool.cpus(),
          spec -> ctx.debug().instances().map(hook -> hook.launching(config, id, spec)).orElse(spec));
      spawnNanos = System.nanoTime() - t0;
    } catch (IOException | RuntimeException e) {
      finish(first, new Outcome.InitError("Runtime.InvalidEntrypoint",
          Outcome.errorJson("Runtime.InvalidEntrypoint", "RequestId: " + first.requestId() + " Error: " + e.getMessage())), false);
      return;
    }
    ctx.watcher().add(this);
    runtime.onExit().thenAccept(this::exited);
    long initLimit = INIT_LIMIT_MS + config.timeoutSeconds() * 1000L;
    synchronized (this) {
      deadline.start(() -> timedOut(first), initLimit, TimeUnit.MILLISECONDS);
    }
    ctx.debug().instances().ifPresent(hook -> hook.started(this));
  }

  /** Gives a READY instance its next invocation; false when the instance can no longer take one. */
  boolean assign(Invocation invocation) {
    Exchange waiting;
    synchronized (this) {
      if (states.current() != State.READY || current != null) {
        return false;
      }
      current = invocation;
      invocation.instanceId = id;
      states.move(State.BUSY);
      waiting = parked;
      parked = null;
      if (waiting != null) {
        markDelivered(invocation);
      }
    }
    announce(State.BUSY);
    if (waiting != null) {
      deliver(waiting, invocation);
    }
    return true;
  }

  @Override
  public void next(Exchange exchange) {
    Invocation toDeliver = null;
    boolean initialized = false;
    synchronized (this) {
      State state = states.current();
      if (state == State.DEAD || (current != null && delivered)) {
        exchange.respond(RuntimeApiResponses.invalidState(state.name(), "READY"));
        return;
      }
      if (state == State.STARTING) {
        initialized = true;
        firstNextNanos = System.nanoTime();
        deadline.cancel();
        states.move(State.READY);
        if (current != null) {
          current.initEnd = Clock.nowMicros();
          states.move(State.BUSY);
        }
      }
      if (current != null && !delivered) {
        toDeliver = current;
        markDelivered(toDeliver);
      } else {
        parked = exchange;
        idleSince = System.nanoTime();
      }
    }
    if (initialized) {
      announce(toDeliver == null ? State.READY : State.BUSY);
    }
    if (toDeliver != null) {
      deliver(exchange, toDeliver);
      if (initialized) {
        pool.coldStartServed((spawnNanos + (System.nanoTime() - firstNextNanos)) / 1000);
      }
    }
  }

  private void markDelivered(Invocation invocation) {
    delivered = true;
    invocation.invokeStart = Clock.nowMicros();
    deadline.start(() -> timedOut(invocation), config.timeoutSeconds(), TimeUnit.SECONDS);
    if (pause.active()) {
      deadline.stop();
    }
  }

  private void deliver(Exchange exchange, Invocation invocation) {
    output.poll(); // what the runtime wrote before asking for this event (its INIT output) goes before START
    output.platformLine(invocation, ReportLines.start(invocation.requestId()));
    ctx.recorder().invocation(invocation.record(Phase.RUNNING));
    exchange.respond(RuntimeApiResponses.event(invocation.request,
        invocation.invokeStart / 1000 + config.timeoutSeconds() * 1000L, config.arn()));
  }

  @Override
  public void response(String requestId, byte[] body, Exchange exchange) {
    Invocation invocation = delivered(requestId, exchange);
    if (invocation == null) {
      return;
    }
    if (body.length > RuntimeApiResponses.MAX_RESPONSE_BYTES) {
      exchange.respond(RuntimeApiResponses.tooLarge());
      finish(invocation, new Outcome.FunctionError("Function.ResponseSizeTooLarge",
          Outcome.errorJson("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum allowed payload size ("
              + RuntimeApiResponses.MAX_RESPONSE_BYTES + " bytes).")), true);
      return;
    }
    exchange.respond(RuntimeApiResponses.accepted());
    finish(invocation, new Outcome.Success(body), true);
  }

  @Override
  public void error(String requestId, String errorType, byte[] body, Exchange exchange) {
    Invocation invocation = delivered(requestId, exchange);
    if (invocation == null) {
      return;
    }
    exchange.respond(RuntimeApiResponses.accepted());
    finish(invocation, new Outcome.FunctionError(errorType.isEmpty() ? "Unhandled" : errorType, body), true);
  }

  private Invocation delivered(String requestId, Exchange exchange) {
    synchronized (this) {
      if (current != null && delivered && current.requestId().equals(requestId)) {
        return current;
      }
    }
    exchange.respond(RuntimeApiResponses.invalidRequestId());
    return null;
  }

  @Override
  public void initError(String errorType, byte[] body, Exchange exchange) {
    Invocation invocation;
    synchronized (this) {
      if (states.current() != State.STARTING) {
        exchange.respond(RuntimeApiResponses.invalidState(states.current().name(), "INIT_ERROR"));
        return;
      }
      reportedInitError = new Outcome.InitError(errorType.isEmpty() ? "Runtime.Unknown" : errorType, body);
      invocation = current;
      if (invocation != null) {
        invocation.initEnd = Clock.nowMicros();
      }
    }
    exchange.respond(RuntimeApiResponses.accepted());
    if (invocation != null) {
      output.platformLine(invocation, ReportLines.initReportError(invocation.initDurationMs(), reportedInitError.errorType()));
      finish(invocation, reportedInitError, false);
    } else {
      retire();
    }
  }

  private void timedOut(Invocation invocation) {
    finish(invocation, new Outcome.Timeout(invocation.requestId(), config.timeoutSeconds()), false);
  }

  private void exited(int exitValue) {
    Invocation invocation;
    boolean starting;
    synchronized (this) {
      if (states.current() == State.DEAD) {
        return;
      }
      invocation = current;
      starting = states.current() == State.STARTING;
    }
    if (invocation == null) {
      retire();
      return;
    }
    Outcome outcome = ExitOutcome.of(invocation.requestId(), exitValue, runtime.killedForMemory(), starting, reportedInitError);
    if (outcome instanceof Outcome.InitError) {
      invocation.initEnd = Clock.nowMicros();
    }
    finish(invocation, outcome, false);
  }

  /** Ends {@code invocation} once: records its logs and report, completes its future, then frees or kills us. */
  void finish(Invocation invocation, Outcome outcome, boolean instanceSurvives) {
    long end = Clock.nowMicros();
    synchronized (this) {
      if (current != invocation || invocation.outcome != null) {
        return;
      }
      if (invocation.invokeStart > 0) {
        invocation.invokeEnd = end;
      }
      invocation.outcome = outcome;
      deadline.cancel();
      pause.recordOn(invocation, end);
    }
    if (runtime != null) {
      runtime.settleLogs();
    }
    output.drainFor(invocation);
    invocation.maxMemoryUsedMb = measureMemoryMb();
    boolean survives;
    synchronized (this) {
      current = null;
      delivered = false;
      lastRequestId = invocation.requestId();
      survives = instanceSurvives && !retireAfterCurrent && states.current() == State.BUSY;
      if (survives) {
        states.move(State.READY);
        idleSince = System.nanoTime();
      }
    }
    output.report(invocation, outcome, config.memoryMb());
    var record = invocation.record(Phase.DONE);
    ctx.recorder().invocation(record);
    // back in the pool before the caller hears the result, so that its next request finds this instance warm
    if (survives) {
      announce(State.READY);
      pool.released(this);
    } else {
      retire();
    }
    invocation.done.complete(new InvocationResult(record, invocation.logTail()));
  }

  /** Stops this instance and waits until its processes are gone (emulator shutdown). */
  void stopNow() {
    synchronized (this) {
      if (states.current() != State.DEAD) {
        states.move(State.DEAD);
        deadline.cancel();
      }
    }
    ctx.watcher().remove(this);
    if (runtime != null) {
      runtime.killAndWait(java.time.Duration.ofSeconds(5));
    }
    release();
  }

  /** Stops this instance (idle reaping, code changes, failures); a running invocation ends as a crash. */
  void retire() {
    Exchange waiting;
    synchronized (this) {
      if (states.current() == State.DEAD) {
        return;
      }
      if (current != null && current.outcome == null) {
        Invocation running = current;
        ctx.workers().execute(() -> finish(running, new Outcome.Crash(running.requestId(), "Runtime.ExitError", "signal: killed"), false));
        return;
      }
      states.move(State.DEAD);
      deadline.cancel();
      waiting = parked;
      parked = null;
    }
    if (waiting != null) {
      waiting.respond(RuntimeApiResponses.invalidState("DEAD", "READY"));
    }
    ctx.watcher().remove(this);
    announce(State.DEAD);
    pool.dead(this);
    ctx.workers().execute(this::release);
  }

  private void release() {
    if (runtime != null) {
      runtime.kill();
    }
    if (api != null) {
      api.close();
    }
    output.close();
  }

  /** Retires the instance once its current invocation ends (or now, when it has none). */
  void retireWhenIdle() {
    synchronized (this) {
      if (current != null) {
        retireAfterCurrent = true;
        return;
      }
    }
    retire();
  }

  /** Called by the watcher: new output lines, and the memory limit. */
  void poll() {
    output.poll();
    if (runtime == null || !runtime.isAlive()) {
      return;
    }
    long resident = memory.sample(runtime);
    if (resident > config.memoryMb() * 1024L * 1024L) {
      Invocation running;
      synchronized (this) {
        running = current;
      }
      if (running != null) {
        finish(running, new Outcome.Crash(running.requestId(), "Runtime.OutOfMemory", "signal: killed"), false);
      } else {
        retire();
      }
    }
  }

  private int measureMemoryMb() {
    if (runtime == null) {
      return 0;
    }
    memory.sample(runtime);
    return memory.megabytes();
  }

  @Override
  public String instanceId() {
    return id;
  }

  @Override
  public String functionName() {
    return config.name();
  }

  @Override
  public long pid() {
    return runtime == null ? 0 : runtime.pid();
  }

  @Override
  public synchronized Optional<String> currentRequestId() {
    return Optional.ofNullable(current).map(Invocation::requestId);
  }

  /** Whether a debugger has stopped this instance's process in the invocation with {@code requestId}. */
  synchronized boolean pausedIn(String requestId) {
    return pause.active() && current != null && current.requestId().equals(requestId);
  }

  @Override
  public synchronized void clockStopped() {
    pause.begin();
  }

  @Override
  public synchronized void clockResumed() {
    pause.end(current != null && current.outcome == null ? current : null);
  }

  @Override
  public CompletableFuture<?> processExit() {
    return runtime == null ? CompletableFuture.completedFuture(null) : runtime.onExit();
  }

  private void announce(State state) {
    ctx.recorder().instance(new InstanceInfo(config.name(), id, state, Clock.nowMicros(), runtime == null ? 0 : runtime.pid()));
  }
}
