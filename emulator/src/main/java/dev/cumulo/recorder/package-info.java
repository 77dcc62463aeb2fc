/**
 * The recorder: every invocation, log line, instance change and metered service request, kept in the project's embedded database
 * ({@code recorder.db}) and announced to listeners (the desktop app, the control API, replay, cost).
 *
 * <p>Listeners are called on the thread that produced the change (a Netty event loop, a worker, the log poller) and
 * must return quickly; the desktop app coalesces onto the FX thread in its own adapter. Database writes are queued to
 * the database's writer thread and never delay an invocation.
 */
package dev.cumulo.recorder;
