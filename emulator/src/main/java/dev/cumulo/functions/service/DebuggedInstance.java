package dev.cumulo.functions.service;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What a debugger sees of an instance: who it is, what it is running, and its timeout clock. */
public interface DebuggedInstance {
  String instanceId();

  String functionName();

  long pid();

  /** The request id of the invocation the instance is running (or initializing for), if any. */
  Optional<String> currentRequestId();

  /** The process is paused by a debugger: the invocation's timeout clock stops and a paused span begins. */
  void clockStopped();

  /** The process runs again: the clock resumes with the time that was left and the paused span ends. */
  void clockResumed();

  /** Completes when the instance's process has exited. */
  CompletableFuture<?> processExit();
}
