/**
 * The debugger's desktop part: which functions run under the debugger, breakpoints on the event flow and in code, the
 * code view with its breakpoint gutter, and the panel of what is stopped (a paused invocation's line, stack, variables
 * and watches; a held event's JSON) with the commands that move it on.
 *
 * <p>{@link dev.cumulo.ui.debug.DebuggerViewModel} uses the emulator's {@link dev.cumulo.debug.Debugger} in process.
 * It learns of changes only through the UI's feed (a batch that touched the debugger) and then reads a fresh snapshot
 * on the UI thread, which takes no lock a runtime can hold. Every command (settings, continue, step, variables) runs
 * on a background thread, since it may wait for a debugged process; results come back on the UI thread. Source files
 * are read and highlighted off the UI thread.
 */
package dev.cumulo.ui.debug;
