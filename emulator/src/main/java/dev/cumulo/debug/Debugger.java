package dev.cumulo.debug;

import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.breakpoint.DebugSettings;
import dev.cumulo.debug.breakpoint.EventBreakpoint;
import dev.cumulo.debug.breakpoint.SettingsFile;
import dev.cumulo.debug.code.CodeDebugging;
import dev.cumulo.debug.code.RuntimeDebugger;
import dev.cumulo.debug.event.EventHolds;
import dev.cumulo.debug.model.DebugChange;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.DebugListener;
import dev.cumulo.debug.model.DebugSnapshot;
import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.debug.node.NodeDebugger;
import dev.cumulo.debug.java.JavaDebugger;
import dev.cumulo.debug.python.PythonDebugger;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.project.RuntimeFamily;
import dev.cumulo.recorder.Recorder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The debugger of one running emulator: event breakpoints (hold, edit, drop, step, break on error) for every function,
 * and code breakpoints for Node.js, Python and Java functions whose debugging is on. The settings persist in the
 * project's data folder. Views read {@link #snapshot()} and {@link #subscribe} to changes; the control API
 * ({@code /_cumulo/debug}) and the desktop app call the same methods.
 *
 * <p>Settings changes are serialised by this object's lock and saved before the call returns; listeners are called
 * after, outside the lock.
 */
public final class Debugger implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Debugger.class.getName());

  private final FunctionService functions;
  private final SettingsFile file;
  private final EventHolds events;
  private final CodeDebugging code;
  private final List<DebugListener> listeners = new CopyOnWriteArrayList<>();
  private DebugSettings settings;

  private Debugger(FunctionService functions, Recorder recorder, Path dataDir, Path projectRoot, Executor workers) {
    this.functions = functions;
    this.file = new SettingsFile(dataDir);
    this.events = new EventHolds(this::announce);
    Map<RuntimeFamily, RuntimeDebugger> runtimes = Map.of(
        RuntimeFamily.NODE, new NodeDebugger(),
        RuntimeFamily.PYTHON, new PythonDebugger(),
        RuntimeFamily.JAVA, new JavaDebugger());
    this.code = new CodeDebugging(runtimes, projectRoot, recorder, workers, this::announce,
        name -> announce(new DebugChange.FunctionChanged(function(name))));
    this.settings = file.load();
  }

  /** Starts the debugger of {@code functions} with the settings saved in {@code dataDir}. */
  public static Debugger start(FunctionService functions, Recorder recorder, Path dataDir, Path projectRoot, Executor workers) {
    Debugger debugger = new Debugger(functions, recorder, dataDir, projectRoot, workers);
    debugger.apply(debugger.settings);
    functions.debugWith(debugger.events, debugger.code);
    return debugger;
  }

  /** Registers a listener; closing the returned handle removes it. */
  public AutoCloseable subscribe(DebugListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public DebugSnapshot snapshot() {
    DebugSettings now = settings();
    return new DebugSnapshot(functions(), now.breakpoints(), now.watches(), events.held(), code.paused());
  }

  public EventHolds events() {
    return events;
  }

  public CodeDebugging code() {
    return code;
  }

  public List<FunctionDebugState> functions() {
    List<FunctionDebugState> out = new ArrayList<>();
    functions.functions().forEach(f -> out.add(state(f)));
    return out;
  }

  public FunctionDebugState function(String name) {
    return state(info(name));
  }

  private FunctionDebugState state(FunctionInfo info) {
    DebugSettings now = settings();
    return new FunctionDebugState(info.name(), info.config().runtime(), code.supports(info.config()),
        now.debugging().contains(info.name()), now.breakOnError().contains(info.name()), code.attachedInstances(info.name()));
  }

  private FunctionInfo info(String name) {
    return functions.function(name).orElseThrow(() -> DebugError.NOT_FOUND.exception("No function named " + name));
  }

  /**
   * Turns code debugging of a function on (its warm instances retire, so the next invocation starts under the
   * debugger) or off (the debugger leaves its instances, which run on normally).
   */
  public FunctionDebugState setDebugging(String name, boolean on) {
    FunctionInfo info = info(name);
    if (on && !code.supports(info.config())) {
      throw DebugError.INVALID.exception(info.config().runtime() + " functions have no code debugger; event breakpoints work for them");
    }
    boolean changed = update(s -> new DebugSettings(s.breakpoints(), s.watches(), toggled(s.debugging(), info.name(), on),
        s.breakOnError(), s.lastId()));
    if (changed && on) {
      functions.retireInstances(info.name());
    }
    FunctionDebugState state = function(info.name());
    announce(new DebugChange.FunctionChanged(state));
    return state;
  }

  /** Whether events this function fails on are held for editing and redelivery. */
  public FunctionDebugState setBreakOnError(String name, boolean on) {
    FunctionInfo info = info(name);
    update(s -> new DebugSettings(s.breakpoints(), s.watches(), s.debugging(), toggled(s.breakOnError(), info.name(), on), s.lastId()));
    FunctionDebugState state = function(info.name());
    announce(new DebugChange.FunctionChanged(state));
    return state;
  }

  private static Set<String> toggled(Set<String> names, String name, boolean on) {
    Set<String> out = new HashSet<>(names);
    if (on) {
      out.add(name);
    } else {
      out.remove(name);
    }
    return out;
  }

  public List<Breakpoint> breakpoints() {
    return settings().breakpoints();
  }

  /** Adds a breakpoint (its id, if any, is replaced by a new one) and returns it with its id. */
  public Breakpoint addBreakpoint(Breakpoint breakpoint) {
    Breakpoint[] added = new Breakpoint[1];
    update(s -> {
      long id = s.lastId() + 1;
      added[0] = withId(checked(breakpoint), Long.toString(id));
      List<Breakpoint> all = new ArrayList<>(s.breakpoints());
      all.add(added[0]);
      return new DebugSettings(all, s.watches(), s.debugging(), s.breakOnError(), id);
    });
    announce(new DebugChange.BreakpointsChanged(breakpoints()));
    return added[0];
  }

  /** Replaces breakpoint {@code id} with {@code breakpoint} (keeping the id). */
  public Breakpoint replaceBreakpoint(String id, Breakpoint breakpoint) {
    Breakpoint replacement = withId(checked(breakpoint), id);
    update(s -> new DebugSettings(replaced(s.breakpoints(), id, replacement), s.watches(), s.debugging(), s.breakOnError(), s.lastId()));
    announce(new DebugChange.BreakpointsChanged(breakpoints()));
    return replacement;
  }

  public Breakpoint enableBreakpoint(String id, boolean enabled) {
    Breakpoint current = breakpoint(id);
    return replaceBreakpoint(id, current.withEnabled(enabled));
  }

  public void removeBreakpoint(String id) {
    breakpoint(id);
    update(s -> new DebugSettings(s.breakpoints().stream().filter(b -> !b.id().equals(id)).toList(), s.watches(),
        s.debugging(), s.breakOnError(), s.lastId()));
    announce(new DebugChange.BreakpointsChanged(breakpoints()));
  }

  public Breakpoint breakpoint(String id) {
    return breakpoints().stream().filter(b -> b.id().equals(id)).findFirst()
        .orElseThrow(() -> DebugError.NOT_FOUND.exception("No breakpoint " + id));
  }

  private static List<Breakpoint> replaced(List<Breakpoint> all, String id, Breakpoint replacement) {
    List<Breakpoint> out = new ArrayList<>();
    boolean found = false;
    for (Breakpoint b : all) {
      found |= b.id().equals(id);
      out.add(b.id().equals(id) ? replacement : b);
    }
    if (!found) {
      throw DebugError.NOT_FOUND.exception("No breakpoint " + id);
    }
    return out;
  }

  private Breakpoint checked(Breakpoint breakpoint) {
    if (breakpoint instanceof EventBreakpoint e && e.function().isPresent()) {
      String name = info(e.function().get()).name();
      return new EventBreakpoint(e.id(), e.enabled(), java.util.Optional.of(name), e.source(), e.resource(), e.condition());
    }
    return breakpoint;
  }

  private static Breakpoint withId(Breakpoint breakpoint, String id) {
    return breakpoint instanceof EventBreakpoint e ? e.withId(id) : ((CodeBreakpoint) breakpoint).withId(id);
  }

  public List<String> watches() {
    return settings().watches();
  }

  public void setWatches(List<String> expressions) {
    update(s -> new DebugSettings(s.breakpoints(), expressions, s.debugging(), s.breakOnError(), s.lastId()));
    announce(new DebugChange.WatchesChanged(watches()));
  }

  private synchronized DebugSettings settings() {
    return settings;
  }

  /** Changes the settings, saves them and applies them; false when nothing changed. */
  private synchronized boolean update(java.util.function.UnaryOperator<DebugSettings> change) {
    DebugSettings next = change.apply(settings);
    if (next.equals(settings)) {
      return false;
    }
    file.save(next);
    settings = next;
    apply(next);
    return true;
  }

  private void apply(DebugSettings s) {
    List<EventBreakpoint> eventBreakpoints = new ArrayList<>();
    List<CodeBreakpoint> codeBreakpoints = new ArrayList<>();
    for (Breakpoint b : s.breakpoints()) {
      if (b instanceof EventBreakpoint e) {
        eventBreakpoints.add(e);
      } else {
        codeBreakpoints.add((CodeBreakpoint) b);
      }
    }
    events.configure(eventBreakpoints.stream().filter(Breakpoint::enabled).toList(), s.breakOnError());
    code.configure(s.debugging(), codeBreakpoints, s.watches());
  }

  private void announce(DebugChange change) {
    for (DebugListener listener : listeners) {
      try {
        listener.changed(change);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A debugger listener failed", e);
      }
    }
  }

  /** Removes the debugger: held events end as dropped, attached instances run on without it. */
  @Override
  public void close() {
    functions.debugWith(null, null);
    events.close();
    code.close();
  }
}
