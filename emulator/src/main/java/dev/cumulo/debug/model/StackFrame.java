package dev.cumulo.debug.model;

/** One call on a paused invocation's stack, innermost first: the function or method name and where it is. */
public record StackFrame(int index, String name, SourceLocation location) {}
