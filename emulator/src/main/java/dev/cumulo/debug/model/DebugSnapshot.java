package dev.cumulo.debug.model;

import dev.cumulo.debug.breakpoint.Breakpoint;
import java.util.List;

/** Everything the debugger knows at one moment, immutable: what a view renders. */
public record DebugSnapshot(
    List<FunctionDebugState> functions,
    List<Breakpoint> breakpoints,
    List<String> watches,
    List<HeldEvent> heldEvents,
    List<PausedInvocation> paused) {

  public DebugSnapshot {
    functions = List.copyOf(functions);
    breakpoints = List.copyOf(breakpoints);
    watches = List.copyOf(watches);
    heldEvents = List.copyOf(heldEvents);
    paused = List.copyOf(paused);
  }
}
