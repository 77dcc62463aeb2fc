package dev.cumulo.debug.code;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.model.DebugChange;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.functions.service.Clock;
import dev.cumulo.functions.service.DebuggedInstance;
import dev.cumulo.functions.service.InstanceHook;
import dev.cumulo.project.RuntimeFamily;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.Recorder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Code debugging: starts the instances of debugged functions under their runtime's debugger, keeps every attached
 * instance's breakpoints in step with the developer's, and routes commands to the instance they are for.
 *
 * <p>Instances are launched and attached on worker threads; stops arrive on each session's connection thread;
 * commands come from control API threads. The registries are concurrent maps; configuration is swapped whole.
 */
public final class CodeDebugging implements InstanceHook {
  private static final Logger LOG = Logger.getLogger(CodeDebugging.class.getName());

  private final Map<RuntimeFamily, RuntimeDebugger> runtimes;
  private final Path projectRoot;
  private final Recorder recorder;
  private final Executor workers;
  private final Consumer<DebugChange> announce;
  private final Consumer<String> attachmentsChanged;
  private final Map<String, Pending> preparing = new ConcurrentHashMap<>();
  private final Map<String, LiveSession> live = new ConcurrentHashMap<>();
  private final HitCounts hits = new HitCounts();
  private volatile Set<String> debugging = Set.of();
  private volatile List<CodeBreakpoint> breakpoints = List.of();
  private volatile List<String> watches = List.of();

  /**
   * @param attachmentsChanged told the function's name when the debugger attaches to or leaves one of its instances
   */
  public CodeDebugging(Map<RuntimeFamily, RuntimeDebugger> runtimes, Path projectRoot, Recorder recorder, Executor workers,
      Consumer<DebugChange> announce, Consumer<String> attachmentsChanged) {
    this.runtimes = Map.copyOf(runtimes);
    this.projectRoot = projectRoot;
    this.recorder = recorder;
    this.workers = workers;
    this.announce = announce;
    this.attachmentsChanged = attachmentsChanged;
  }

  public boolean supports(FunctionConfig config) {
    return config.family().map(runtimes::containsKey).orElse(false) && !config.isImage();
  }

  /**
   * Which functions start under the debugger, the code breakpoints (enabled ones apply) and the watches. Instances of
   * functions no longer debugged are detached and run on normally; attached ones get the new breakpoints before this
   * returns.
   */
  public void configure(Set<String> debuggedFunctions, List<CodeBreakpoint> codeBreakpoints, List<String> watchExpressions) {
    List<CodeBreakpoint> resolved = new ArrayList<>();
    for (CodeBreakpoint b : codeBreakpoints) {
      if (b.enabled()) {
        resolved.add(new CodeBreakpoint(b.id(), true, resolve(b.file()), b.line(), b.condition(), b.hitCount(), b.logMessage()));
      }
    }
    boolean breakpointsChanged = !resolved.equals(breakpoints);
    this.debugging = Set.copyOf(debuggedFunctions);
    this.breakpoints = List.copyOf(resolved);
    this.watches = List.copyOf(watchExpressions);
    hits.reset(resolved);
    for (LiveSession session : live.values()) {
      if (!debugging.contains(session.instance().functionName())) {
        detach(session);
      } else if (breakpointsChanged) {
        session.session().ifPresent(s -> update(session, s));
      }
    }
  }

  private void update(LiveSession live, Session session) {
    try {
      session.breakpoints(breakpoints);
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Instance " + live.instance().instanceId() + " did not take the new breakpoints; it is going away", e);
    }
  }

  private String resolve(String file) {
    return projectRoot.resolve(file).toAbsolutePath().normalize().toString();
  }

  @Override
  public LaunchSpec launching(FunctionConfig config, String instanceId, LaunchSpec spec) {
    if (!debugging.contains(config.name()) || !supports(config)) {
      return spec;
    }
    RuntimeDebugger runtime = runtimes.get(config.family().orElseThrow());
    try {
      Attachment attachment = runtime.prepare(config, spec);
      preparing.put(instanceId, new Pending(attachment, runtime.runtime()));
      return attachment.spec();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot start " + instanceId + " under the debugger; it runs without", e);
      return spec;
    }
  }

  @Override
  public void started(DebuggedInstance instance) {
    Pending pending = preparing.remove(instance.instanceId());
    if (pending == null) {
      return;
    }
    LiveSession session = new LiveSession(instance, pending.runtime(), this);
    workers.execute(() -> attach(pending.attachment(), instance, session));
  }

  private record Pending(Attachment attachment, String runtime) {}

  private void attach(Attachment attachment, DebuggedInstance instance, LiveSession session) {
    try {
      session.connected(attachment.attach(instance, breakpoints, session));
      live.put(instance.instanceId(), session);
      instance.processExit().thenRun(session::ended);
      attachmentsChanged.accept(instance.functionName());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not attach the debugger to " + instance.instanceId(), e);
      attachment.abandon();
    }
  }

  void ended(LiveSession session) {
    if (live.remove(session.instance().instanceId(), session)) {
      attachmentsChanged.accept(session.instance().functionName());
    }
  }

  private void detach(LiveSession session) {
    live.remove(session.instance().instanceId(), session);
    try {
      session.detach();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Detaching from " + session.instance().instanceId() + " failed; the process goes on", e);
    }
    session.paused().ifPresent(p -> announce(new DebugChange.Resumed(p.requestId(), p.instanceId())));
    attachmentsChanged.accept(session.instance().functionName());
  }

  public int attachedInstances(String function) {
    return (int) live.values().stream().filter(s -> s.instance().functionName().equals(function)).count();
  }

  public List<PausedInvocation> paused() {
    List<PausedInvocation> out = new ArrayList<>();
    live.values().forEach(s -> s.paused().ifPresent(out::add));
    out.sort(java.util.Comparator.comparingLong(PausedInvocation::pausedAtMicros));
    return out;
  }

  /** A paused invocation by its request id or its instance id. */
  public Optional<PausedInvocation> paused(String id) {
    return live.values().stream().filter(s -> s.answersTo(id)).findFirst().flatMap(LiveSession::paused);
  }

  public void resume(String id) {
    session(id).resume();
  }

  public void step(String id, StepKind kind) {
    session(id).step(kind);
  }

  public List<Variable> variables(String id, int frame) {
    return session(id).variables(frame);
  }

  public List<Variable> children(String id, long ref) {
    return session(id).children(ref);
  }

  private LiveSession session(String id) {
    return live.values().stream().filter(s -> s.answersTo(id)).findFirst()
        .orElseThrow(() -> DebugError.NOT_FOUND.exception("No debugged instance or paused invocation " + id));
  }

  HitCounts hits() {
    return hits;
  }

  List<String> watches() {
    return watches;
  }

  Executor workers() {
    return workers;
  }

  void announce(DebugChange change) {
    announce.accept(change);
  }

  void logpoint(DebuggedInstance instance, String text) {
    String requestId = instance.currentRequestId().orElse("");
    recorder.log(new LogLine(requestId, instance.functionName(), instance.instanceId(), Clock.nowMicros(), false, text));
    announce(new DebugChange.Logged(requestId, instance.instanceId(), text));
  }

  /** Detaches from every instance (the emulator stops or the debugger is removed); the functions run on. */
  public void close() {
    debugging = Set.of();
    preparing.values().forEach(p -> p.attachment().abandon());
    preparing.clear();
    live.values().forEach(this::detach);
  }
}
