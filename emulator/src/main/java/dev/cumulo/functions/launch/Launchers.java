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
  /** Found on first use, so an emulator that never limits CPU leaves the cgroup tree alone. */
  private CpuCgroups cgroups;

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
   * container for image functions. {@code cpus} above zero limits the CPU it may use where that can be done (see
   * {@link #cpuLimiting}).
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
    LaunchSpec spec = adjust.apply(launcher(config).spec(config, instance));
    if (cpus <= 0 || !cgroups().limiting().limits()) {
      return LocalProcess.start(spec, logFile);
    }
    String name = "cumulo-" + instance.logStream().replaceAll("[^a-zA-Z0-9]", "");
    CpuCgroups.Confinement confined = cgroups().confine(name, cpus, spec.command());
    LocalProcess process;
    try {
      process = LocalProcess.start(new LaunchSpec(confined.command(), spec.environment(), spec.directory()), logFile);
    } catch (IOException e) {
      CpuCgroups.remove(confined.cgroup());
      throw e;
    }
    process.onExit().thenRun(() -> CpuCgroups.remove(confined.cgroup()));
    return process;
  }

  /** How a {@code cpus} limit given to {@link #start} is applied to this function's instances here, if at all. */
  public CpuLimiting cpuLimiting(FunctionConfig config) {
    return config.isImage() ? new CpuLimiting(CpuLimiting.Method.DOCKER_CPUS, "the container's CFS quota") : cgroups().limiting();
  }

  private synchronized CpuCgroups cgroups() {
    if (cgroups == null) {
      cgroups = CpuCgroups.detect();
    }
    return cgroups;
  }

  public String runtimeVersion(FunctionConfig config) {
    return config.isImage() ? "container:" + config.imageUri().orElse("") : launcher(config).runtimeVersion(config);
  }

  @Override
  public void close() {
    docker.close();
    synchronized (this) {
      if (cgroups != null) {
        cgroups.close();
      }
    }
  }

  private RuntimeLauncher launcher(FunctionConfig config) {
    return byFamily.get(config.family().orElseThrow(() -> new IllegalArgumentException("unknown runtime " + config.runtime())));
  }
}
