package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;

/** Starts the instances of one runtime family. */
interface RuntimeLauncher {

  /** Whether this function can run here: the runtime's program is installed and the code is there. */
  Availability check(FunctionConfig config, java.nio.file.Path taskRoot);

  LaunchSpec spec(FunctionConfig config, InstanceContext instance);

  /** The runtime version shown on INIT_START lines, such as {@code nodejs:20.v20.20.2}. */
  String runtimeVersion(FunctionConfig config);
}
