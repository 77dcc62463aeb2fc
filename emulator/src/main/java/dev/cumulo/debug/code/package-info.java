/**
 * Code debugging independent of the runtime: the instance hook that starts debugged functions' instances under their
 * runtime's debugger, one live session per attached instance, hit counts, watches, and the stop and resume of each
 * invocation's timeout clock. Runtimes plug in through {@link dev.cumulo.debug.code.RuntimeDebugger},
 * {@link dev.cumulo.debug.code.Attachment} and {@link dev.cumulo.debug.code.Session}.
 */
package dev.cumulo.debug.code;
