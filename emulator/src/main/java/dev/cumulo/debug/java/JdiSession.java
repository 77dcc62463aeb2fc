package dev.cumulo.debug.java;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Location;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.StepEvent;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.EventRequestManager;
import com.sun.jdi.request.StepRequest;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.code.Session;
import dev.cumulo.debug.code.SessionEvents;
import dev.cumulo.debug.code.Stop;
import dev.cumulo.debug.model.SourceLocation;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.debug.model.Watch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Java instance under JDI. Breakpoints become breakpoint requests in the classes compiled from their file, now and as
 * they load; a hit suspends the whole VM. Conditions and logpoints are read with {@link JdiPaths} in the stopped frame,
 * without evaluating code. Cumulo's runtime client is never stepped into, and a step that leaves the handler runs on.
 */
final class JdiSession implements Session {
  private static final String RUNTIME = "dev.cumulo.javaruntime.";
  private static final String[] NOT_STEPPED_INTO = {"java.*", "javax.*", "jdk.*", "sun.*", "com.sun.*",
      "dev.cumulo.javaruntime.*", "com.amazonaws.services.lambda.runtime.*"};

  private final VirtualMachine vm;
  private final SessionEvents events;
  private final JdiValues values = new JdiValues();
  private final JdiPaths paths = new JdiPaths(values);
  private final JavaSources sources;
  private final JdiBreakpoints breakpoints;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile ThreadReference paused;

  JdiSession(VirtualMachine vm, Path code, SessionEvents events) {
    this.vm = vm;
    this.events = events;
    this.sources = new JavaSources(code);
    this.breakpoints = new JdiBreakpoints(vm, sources);
  }

  /** Sets the breakpoints, then lets the VM (suspended at start) run. */
  void start(List<CodeBreakpoint> initial, String name) {
    breakpoints(initial);
    Thread loop = new Thread(this::loop, name);
    loop.setDaemon(true);
    loop.start();
  }

  private void loop() {
    try {
      while (true) {
        EventSet set = vm.eventQueue().remove();
        boolean resume = true;
        for (Event event : set) {
          if (event instanceof ClassPrepareEvent prepared) {
            breakpoints.install(prepared.referenceType());
          } else if (event instanceof BreakpointEvent hit) {
            resume &= !hit(hit);
          } else if (event instanceof StepEvent step) {
            resume &= !stepped(step);
          } else if (event instanceof VMDeathEvent || event instanceof VMDisconnectEvent) {
            return;
          }
        }
        if (resume) {
          set.resume();
        }
      }
    } catch (InterruptedException | VMDisconnectedException e) {
      // the process or the connection is gone
    } finally {
      if (ended.compareAndSet(false, true)) {
        events.ended();
      }
    }
  }

  /** Handles a breakpoint hit; true when the VM stays paused for the developer. */
  private boolean hit(BreakpointEvent hit) {
    Optional<CodeBreakpoint> breakpoint = breakpoints.of(hit.request());
    if (breakpoint.isEmpty()) {
      return false;
    }
    CodeBreakpoint b = breakpoint.get();
    ThreadReference thread = hit.thread();
    values.pausedOn(thread);
    if (b.condition().isPresent() && !holds(b.condition().get(), thread)) {
      return false;
    }
    if (b.logMessage().isPresent()) {
      events.logged(LogTemplate.format(b.logMessage().get(), expression -> text(thread, expression)));
      return false;
    }
    return pause(hit.thread(), Stop.BREAKPOINT, List.of(b.id()));
  }

  private boolean holds(String condition, ThreadReference thread) {
    try {
      JavaCondition parsed = JavaCondition.parse(condition);
      return parsed.test(values.literal(paths.resolve(frame(thread, 0), parsed.path())));
    } catch (IllegalArgumentException e) {
      events.logged("Cumulo: the breakpoint condition " + condition + " cannot be read: " + e.getMessage());
      return true;
    }
  }

  private String text(ThreadReference thread, String expression) {
    try {
      return values.display(paths.resolve(frame(thread, 0), JavaPath.parse(expression)), false);
    } catch (IllegalArgumentException e) {
      return "<" + e.getMessage() + ">";
    }
  }

  private boolean stepped(StepEvent step) {
    vm.eventRequestManager().deleteEventRequest(step.request());
    if (step.location().declaringType().name().startsWith(RUNTIME)) {
      return false;
    }
    values.pausedOn(step.thread());
    return pause(step.thread(), Stop.STEP, List.of());
  }

  private boolean pause(ThreadReference thread, String reason, List<String> ids) {
    paused = thread;
    List<dev.cumulo.debug.model.StackFrame> frames = new ArrayList<>();
    try {
      for (StackFrame frame : thread.frames()) {
        Location location = frame.location();
        if (location.declaringType().name().startsWith(RUNTIME)) {
          break;
        }
        String type = location.declaringType().name();
        frames.add(new dev.cumulo.debug.model.StackFrame(frames.size(),
            type.substring(type.lastIndexOf('.') + 1) + "." + location.method().name(),
            new SourceLocation(sources.file(location), location.lineNumber())));
      }
    } catch (IncompatibleThreadStateException e) {
      return false;
    }
    events.paused(new Stop(reason, ids, frames));
    return true;
  }

  private static StackFrame frame(ThreadReference thread, int index) {
    try {
      return thread.frame(index);
    } catch (IncompatibleThreadStateException | IndexOutOfBoundsException e) {
      throw new IllegalStateException("The thread is not stopped at frame " + index, e);
    }
  }

  @Override
  public void breakpoints(List<CodeBreakpoint> list) {
    breakpoints.replace(list);
  }

  @Override
  public void resume() {
    paused = null;
    vm.resume();
  }

  @Override
  public void step(StepKind kind) {
    ThreadReference thread = paused;
    EventRequestManager requests = vm.eventRequestManager();
    requests.deleteEventRequests(requests.stepRequests());
    StepRequest step = requests.createStepRequest(thread, StepRequest.STEP_LINE, switch (kind) {
      case OVER -> StepRequest.STEP_OVER;
      case INTO -> StepRequest.STEP_INTO;
      case OUT -> StepRequest.STEP_OUT;
    });
    if (kind == StepKind.INTO) {
      for (String excluded : NOT_STEPPED_INTO) {
        step.addClassExclusionFilter(excluded);
      }
    }
    step.addCountFilter(1);
    step.setSuspendPolicy(StepRequest.SUSPEND_ALL);
    step.enable();
    resume();
  }

  /** The frame's locals (arguments only, without debug information) and {@code this}, all read before any is shown. */
  @Override
  public List<Variable> variables(int index) {
    StackFrame frame = frame(pausedThread(), index);
    Map<String, Value> read = new LinkedHashMap<>();
    try {
      List<LocalVariable> locals = frame.visibleVariables();
      Map<LocalVariable, Value> localValues = frame.getValues(locals);
      locals.forEach(local -> read.put(local.name(), localValues.get(local)));
    } catch (AbsentInformationException e) {
      List<Value> arguments = frame.getArgumentValues();
      for (int i = 0; i < arguments.size(); i++) {
        read.put("arg" + i, arguments.get(i));
      }
    }
    ObjectReference self = frame.thisObject();
    if (self != null) {
      read.put("this", self);
    }
    List<Variable> out = new ArrayList<>();
    read.forEach((name, value) -> out.add(values.variable(name, value)));
    return out;
  }

  private ThreadReference pausedThread() {
    ThreadReference thread = paused;
    if (thread == null) {
      throw new IllegalStateException("The Java process is not paused");
    }
    return thread;
  }

  @Override
  public List<Variable> children(long ref) {
    return values.children(ref);
  }

  @Override
  public Watch evaluate(String expression, int frame) {
    try {
      Value value = paths.resolve(frame(pausedThread(), frame), JavaPath.parse(expression));
      return new Watch(expression, Optional.of(values.variable(expression, value)), Optional.empty());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new Watch(expression, Optional.empty(), Optional.of(e.getMessage()));
    }
  }

  @Override
  public void detach() {
    try {
      EventRequestManager requests = vm.eventRequestManager();
      requests.deleteEventRequests(requests.stepRequests());
      breakpoints.replace(List.of());
      paused = null;
      vm.dispose();
    } catch (VMDisconnectedException e) {
      // already gone
    }
  }
}
