package dev.cumulo.debug.code;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.debug.model.Watch;
import java.util.List;

/**
 * The debugger's connection to one instance's process. Commands block until the runtime has taken them (at most a few
 * seconds); the frame and variable reads are valid only while the process is paused.
 */
public interface Session {

  /** Replaces every code breakpoint in the process with {@code breakpoints} (files absolute; others are ignored). */
  void breakpoints(List<CodeBreakpoint> breakpoints);

  void resume();

  void step(StepKind kind);

  /** The variables of frame {@code frame} (0 innermost) of the paused stack. */
  List<Variable> variables(int frame);

  /** The children of an expandable variable of the current pause. */
  List<Variable> children(long ref);

  /** An expression's value in frame {@code frame} of the paused stack. */
  Watch evaluate(String expression, int frame);

  /** Removes every breakpoint, lets the process run and disconnects; the function goes on running normally. */
  void detach();
}
