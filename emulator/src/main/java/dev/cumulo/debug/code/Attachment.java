package dev.cumulo.debug.code;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.service.DebuggedInstance;
import java.io.IOException;
import java.util.List;

/** A debugger connection being set up for one instance that is about to start. */
public interface Attachment {

  /** How to launch the instance so that it waits for this debugger. */
  LaunchSpec spec();

  /**
   * Connects to the started process, sets {@code breakpoints} (files absolute) and lets it run. Blocks until then, on a
   * worker thread; on failure the process is left to run (or fail) without the debugger.
   */
  Session attach(DebuggedInstance instance, List<CodeBreakpoint> breakpoints, SessionEvents events) throws IOException;

  /** Gives up before attaching (the process never started), releasing what {@code prepare} opened. */
  void abandon();
}
