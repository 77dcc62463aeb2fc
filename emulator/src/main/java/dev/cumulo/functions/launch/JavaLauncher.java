package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import dev.cumulo.project.RuntimeFamily;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java functions: Cumulo's Java runtime client in a JDK at least as new as the runtime, with the JVM flags Lambda uses
 * (heap 85%, metaspace 10%, code cache 5% of the memory size; C1 only; serial GC; class data sharing).
 */
final class JavaLauncher implements RuntimeLauncher {
  private final Executables executables;
  private final RuntimeClients clients;

  JavaLauncher(Executables executables, RuntimeClients clients) {
    this.executables = executables;
    this.clients = clients;
  }

  private Optional<Path> java(FunctionConfig config) {
    return executables.javaAtLeast(Integer.parseInt(RuntimeFamily.version(config.runtime())));
  }

  @Override
  public Availability check(FunctionConfig config, Path taskRoot) {
    if (java(config).isEmpty()) {
      return Availability.unavailable(
          config.runtime() + " needs a JDK " + RuntimeFamily.version(config.runtime()) + " or newer; none was found (JAVA_HOME, /usr/lib/jvm)");
    }
    Path code = config.code().orElse(taskRoot);
    if (JavaClasspath.of(code).isEmpty()) {
      return Availability.unavailable("no compiled classes in " + code + ": build the function first (mvn package or gradle build)");
    }
    return Availability.ok();
  }

  @Override
  public LaunchSpec spec(FunctionConfig config, InstanceContext instance) {
    long kb = config.memoryMb() * 1024L;
    List<String> command = new ArrayList<>();
    command.add(java(config).orElseThrow().toString());
    command.add("-XX:MaxHeapSize=" + kb * 85 / 100 + "k");
    command.add("-XX:MaxMetaspaceSize=" + kb * 10 / 100 + "k");
    command.add("-XX:ReservedCodeCacheSize=" + kb * 5 / 100 + "k");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+TieredCompilation");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-Djava.net.preferIPv4Stack=true");
    command.add("-cp");
    command.add(JavaClasspath.join(clients.javaClasspath()));
    command.add(clients.javaMainClass());
    Map<String, String> env = new LinkedHashMap<>(LambdaEnvironment.of(config, instance, clients.javaClasspath().get(0).toString()));
    env.put("CUMULO_TASK_CLASSPATH", JavaClasspath.join(JavaClasspath.of(config.code().orElse(instance.taskRoot())).orElseThrow()));
    return new LaunchSpec(command, env, instance.taskRoot());
  }

  @Override
  public String runtimeVersion(FunctionConfig config) {
    return "java:" + RuntimeFamily.version(config.runtime()) + ".local-" + java(config).map(p -> executables.version(p, "-version").replace(' ', '-').replace("\"", "")).orElse("");
  }
}
