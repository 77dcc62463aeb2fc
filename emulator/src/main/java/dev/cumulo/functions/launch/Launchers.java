package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.project.RuntimeFamily;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Picks the launcher of a function's runtime family. */
public final class Launchers {
  private final Map<RuntimeFamily, RuntimeLauncher> byFamily = new EnumMap<>(RuntimeFamily.class);

  public Launchers(Executables executables, RuntimeClients clients) {
    byFamily.put(RuntimeFamily.NODE, new NodeLauncher(executables, clients));
    byFamily.put(RuntimeFamily.PYTHON, new PythonLauncher(executables, clients));
    byFamily.put(RuntimeFamily.JAVA, new JavaLauncher(executables, clients));
    byFamily.put(RuntimeFamily.PROVIDED, new ProvidedLauncher());
  }

  public Availability check(FunctionConfig config, Path taskRoot) {
    if (config.packageType().equals("Image")) {
      return Availability.unavailable("container image functions (PackageType: Image) need Docker, which is not supported yet");
    }
    return launcher(config).check(config, taskRoot);
  }

  public LaunchSpec spec(FunctionConfig config, InstanceContext instance) {
    return launcher(config).spec(config, instance);
  }

  public String runtimeVersion(FunctionConfig config) {
    return launcher(config).runtimeVersion(config);
  }

  private RuntimeLauncher launcher(FunctionConfig config) {
    return byFamily.get(config.family().orElseThrow(() -> new IllegalArgumentException("unknown runtime " + config.runtime())));
  }
}
