package dev.cumulo.functions.launch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A started runtime: a local process tree, or a container. The instance watches and stops it through this. */
public interface RuntimeProcess {

  /** The operating-system process id, when there is a local one (0 for a container). */
  long pid();

  boolean isAlive();

  /** Completes with the exit value (128 + N for signal N) when the runtime ends. */
  CompletableFuture<Integer> onExit();

  /** Resident memory now and at peak, as far as it can be measured here. */
  ProcessTree.Memory memory();

  /** Whether it ended because it used more memory than it was given (a container's OOM kill). */
  boolean killedForMemory();

  /** Stops it at once and everything it started. */
  void kill();

  /** Stops it and waits up to {@code patience} until it is gone. */
  void killAndWait(Duration patience);

  /** Waits until output written before now has reached the log file (containers deliver it with a delay). */
  default void settleLogs() {}
}
