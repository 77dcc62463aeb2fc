package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.project.RuntimeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Python functions: Cumulo's runtime client run by python3.X when installed, else python3. */
final class PythonLauncher implements RuntimeLauncher {
  private final Executables executables;
  private final RuntimeClients clients;

  PythonLauncher(Executables executables, RuntimeClients clients) {
    this.executables = executables;
    this.clients = clients;
  }

  private Optional<Path> python(FunctionConfig config) {
    return executables.findRunnable("python" + RuntimeFamily.version(config.runtime()), "--version")
        .or(() -> executables.findRunnable("python3", "--version"));
  }

  @Override
  public Availability check(FunctionConfig config, Path taskRoot) {
    if (python(config).isEmpty()) {
      return Availability.unavailable("Python is not installed (no 'python3' on PATH); " + config.runtime() + " needs it");
    }
    if (!Files.isDirectory(taskRoot)) {
      return Availability.unavailable("CodeUri " + taskRoot + " does not exist");
    }
    return Availability.ok();
  }

  @Override
  public LaunchSpec spec(FunctionConfig config, InstanceContext instance) {
    Map<String, String> env = new LinkedHashMap<>(LambdaEnvironment.of(config, instance, clients.pythonClient().getParent().toString()));
    env.put("PYTHONUNBUFFERED", "1");
    env.put("PYTHONDONTWRITEBYTECODE", "1");
    return new LaunchSpec(
        List.of(python(config).orElseThrow().toString(), clients.pythonClient().toString()), env, instance.taskRoot());
  }

  @Override
  public String runtimeVersion(FunctionConfig config) {
    String version = python(config).map(p -> executables.version(p, "--version")).orElse("");
    return "python:" + RuntimeFamily.version(config.runtime()) + ".local" + (version.isEmpty() ? "" : "-" + version.replace(' ', '-'));
  }
}
