package dev.cumulo.functions.service;

import dev.cumulo.functions.launch.LaunchSpec;
import dev.cumulo.functions.model.FunctionConfig;

/** Lets a debugger start instances under it: it may change how their process is launched, and is told it started. */
public interface InstanceHook {

  /**
   * The launch of a new instance: {@code spec} unchanged, or with the flags and environment that put it under a
   * debugger. Called on a worker thread just before the process starts.
   */
  LaunchSpec launching(FunctionConfig config, String instanceId, LaunchSpec spec);

  /** The instance's process is running (it may be waiting for a debugger that {@link #launching} arranged). */
  void started(DebuggedInstance instance);
}
