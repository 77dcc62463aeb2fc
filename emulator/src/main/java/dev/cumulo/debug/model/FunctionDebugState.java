package dev.cumulo.debug.model;

/**
 * How one function is being debugged.
 *
 * @param codeDebuggable whether its runtime supports code breakpoints (Node.js, Python and Java do; custom runtimes do
 *     not)
 * @param debugging whether its new instances start under the debugger
 * @param breakOnError whether an event it fails on is held for editing and redelivery
 * @param attachedInstances how many of its instances the debugger is attached to now
 */
public record FunctionDebugState(
    String function, String runtime, boolean codeDebuggable, boolean debugging, boolean breakOnError, int attachedInstances) {}
