package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.project.RuntimeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Node.js functions: Cumulo's runtime client (an ES module) run by the node found on PATH. */
final class NodeLauncher implements RuntimeLauncher {
  private final Executables executables;
  private final RuntimeClients clients;

  NodeLauncher(Executables executables, RuntimeClients clients) {
    this.executables = executables;
    this.clients = clients;
  }

  @Override
  public Availability check(FunctionConfig config, Path taskRoot) {
    if (executables.findRunnable("node", "--version").isEmpty()) {
      return Availability.unavailable("Node.js is not installed (no 'node' on PATH); " + config.runtime() + " needs it");
    }
    if (!Files.isDirectory(taskRoot)) {
      return Availability.unavailable("CodeUri " + taskRoot + " does not exist");
    }
    return Availability.ok();
  }

  @Override
  public LaunchSpec spec(FunctionConfig config, InstanceContext instance) {
    Path node = executables.findRunnable("node", "--version").orElseThrow();
    long oldSpace = Math.max(16, config.memoryMb() * 90L / 100);
    Map<String, String> env = new java.util.LinkedHashMap<>(LambdaEnvironment.of(config, instance, clients.nodeClient().getParent().toString()));
    env.put("NODE_PATH", instance.taskRoot().resolve("node_modules").toString());
    return new LaunchSpec(
        List.of(node.toString(), "--max-old-space-size=" + oldSpace, clients.nodeClient().toString()),
        env,
        instance.taskRoot());
  }

  @Override
  public String runtimeVersion(FunctionConfig config) {
    String version = executables.findRunnable("node", "--version").map(p -> executables.version(p, "--version")).orElse("");
    return "nodejs:" + RuntimeFamily.version(config.runtime()) + ".local" + (version.isEmpty() ? "" : "-" + version);
  }
}
