package dev.cumulo.debug.model;

import dev.cumulo.debug.breakpoint.Breakpoint;
import java.util.List;

/** A change the debugger announces to its listeners; each carries the new state of what changed. */
public sealed interface DebugChange {

  /** Breakpoints were added, removed, enabled or disabled. */
  record BreakpointsChanged(List<Breakpoint> breakpoints) implements DebugChange {}

  /** The watch expressions changed. */
  record WatchesChanged(List<String> watches) implements DebugChange {}

  /** A function's debugging was turned on or off, or the debugger attached to or left one of its instances. */
  record FunctionChanged(FunctionDebugState function) implements DebugChange {}

  /** An event is now held. */
  record EventHeld(HeldEvent event) implements DebugChange {}

  /** A held event went on ({@code delivered}) or was dropped. */
  record EventReleased(String holdId, boolean delivered) implements DebugChange {}

  /** An invocation stopped in its code. */
  record Paused(PausedInvocation invocation) implements DebugChange {}

  /** A paused invocation runs again (continued or stepping), or its instance went away. */
  record Resumed(String requestId, String instanceId) implements DebugChange {}

  /** A logpoint wrote a line to an invocation's log. */
  record Logged(String requestId, String instanceId, String text) implements DebugChange {}
}
