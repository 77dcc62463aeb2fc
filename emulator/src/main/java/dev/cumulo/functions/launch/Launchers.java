package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.project.RuntimeFamily;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Picks the launcher of a function's runtime family. */
public final class Launchers implements AutoCloseable {
  private final Map<RuntimeFamily, RuntimeLauncher> byFamily = new EnumMap<>(RuntimeFamily.class);
  private final DockerConnection docker = new DockerConnection();
  private final ContainerLauncher containers = new ContainerLauncher(docker);

  public Launchers(Executables executables, RuntimeClients clients) {
    byFamily.put(RuntimeFamily.NODE, new NodeLauncher(executables, clients));
    byFamily.put(RuntimeFamily.PYTHON, new PythonLauncher(executables, clients));
    byFamily.put(RuntimeFamily.JAVA, new JavaLauncher(executables, clients));
    byFamily.put(RuntimeFamily.PROVIDED, new ProvidedLauncher());
  }

  public Availability check(FunctionConfig config, Path taskRoot) {
    return config.isImage() ? containers.check(config) : launcher(config).check(config, taskRoot);
  }

  /**
   * Starts an instance's runtime with its output appended to {@code logFile}: a local process for Zip functions, a
   * container for image functions. {@code cpus} above zero limits the CPU it may use where that can be done.
   */
  public RuntimeProcess start(FunctionConfig config, InstanceContext instance, Path logFile, double cpus) throws IOException {
    return start(config, instance, logFile, cpus, UnaryOperator.identity());
  }

  /** Like {@link #start}, a local process's launch first passed through {@code adjust} (a debugger adds its flags). */
  public RuntimeProcess start(FunctionConfig config, InstanceContext instance, Path logFile, double cpus,
      UnaryOperator<LaunchSpec> adjust) throws IOException {
    if (config.isImage()) {
      return containers.start(config, instance, logFile, cpus);
    }
    return LocalProcess.start(adjust.apply(launcher(config).spec(config, instance)), logFile);
  }

  public String runtimeVersion(FunctionConfig config) {
    return config.isImage() ? "container:" + config.imageUri().orElse("") : launcher(config).runtimeVersion(config);
  }

  @Override
  public void close() {
    docker.close();
  }

  private RuntimeLauncher launcher(FunctionConfig config) {
    return byFamily.get(config.family().orElseThrow(() -> new IllegalArgumentException("unknown runtime " + config.runtime())));
  }
}
