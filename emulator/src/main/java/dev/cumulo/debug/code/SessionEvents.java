package dev.cumulo.debug.code;

/**
 * What a session reports, from its connection's thread. The receiver returns quickly and never calls the session from
 * that thread (its replies arrive on it): it hands such work to another thread.
 */
public interface SessionEvents {

  /** The process stopped at a breakpoint whose condition held, or after a step. */
  void paused(Stop stop);

  /** A logpoint the engine (not the runtime) formats produced a line for the invocation's log. */
  void logged(String text);

  /** The connection ended: the process exited or the debugger detached. */
  void ended();
}
