package dev.cumulo.debug.breakpoint;

/** A place where the debugger stops the flow: before an event is delivered, or at a line of a function's code. */
public sealed interface Breakpoint permits EventBreakpoint, CodeBreakpoint {
  String id();

  boolean enabled();

  Breakpoint withEnabled(boolean value);
}
