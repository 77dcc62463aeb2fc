package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code provided} runtimes: the function's own {@code bootstrap} executable speaks the Runtime API. */
final class ProvidedLauncher implements RuntimeLauncher {

  @Override
  public Availability check(FunctionConfig config, Path taskRoot) {
    Path bootstrap = taskRoot.resolve("bootstrap");
    if (!Files.isRegularFile(bootstrap)) {
      return Availability.unavailable("no bootstrap file in " + taskRoot + " (" + config.runtime() + " runs it)");
    }
    if (!Files.isExecutable(bootstrap)) {
      return Availability.unavailable(bootstrap + " is not executable (chmod +x bootstrap)");
    }
    return Availability.ok();
  }

  @Override
  public LaunchSpec spec(FunctionConfig config, InstanceContext instance) {
    return new LaunchSpec(
        List.of(instance.taskRoot().resolve("bootstrap").toString()),
        LambdaEnvironment.of(config, instance, instance.taskRoot().toString()),
        instance.taskRoot());
  }

  @Override
  public String runtimeVersion(FunctionConfig config) {
    String runtime = config.runtime();
    return (runtime.contains(".") ? runtime.replaceFirst("\\.", ":") : "provided:al1") + ".local";
  }
}
