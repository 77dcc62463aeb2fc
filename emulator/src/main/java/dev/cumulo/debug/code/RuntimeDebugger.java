package dev.cumulo.debug.code;

import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;
import java.io.IOException;

/** One runtime's way to run an instance under the debugger (Node's inspector, Python's bdb channel, Java's JDWP). */
public interface RuntimeDebugger {

  /** The runtime's name as snapshots show it: {@code nodejs}, {@code python}, {@code java}. */
  String runtime();

  /**
   * Prepares the launch of one instance: the returned attachment's spec starts the process waiting for the debugger,
   * which only ever listens on, or connects to, 127.0.0.1.
   */
  Attachment prepare(FunctionConfig config, LaunchSpec spec) throws IOException;
}
