package dev.cumulo.functions.launch;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.cumulo.functions.model.FunctionConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Container image functions ({@code PackageType: Image}): the image, run by the local Docker daemon. */
final class ContainerLauncher {
  private final DockerConnection docker;

  ContainerLauncher(DockerConnection docker) {
    this.docker = docker;
  }

  Availability check(FunctionConfig config) {
    Optional<String> image = config.imageUri();
    if (image.isEmpty()) {
      return Availability.unavailable("PackageType Image needs an ImageUri");
    }
    Optional<DockerClient> client = docker.client();
    if (client.isEmpty()) {
      return Availability.unavailable(docker.problem());
    }
    try {
      client.get().inspectImageCmd(image.get()).exec();
      return Availability.ok();
    } catch (NotFoundException e) {
      return Availability.unavailable("image " + image.get() + " is not in the local Docker (build it, or docker pull it)");
    }
  }

  RuntimeProcess start(FunctionConfig config, InstanceContext instance, Path logFile, double cpus) throws IOException {
    DockerClient client = docker.client().orElseThrow(() -> new IOException(docker.problem()));
    String name = "cumulo-" + instance.logStream().replaceAll("[^a-zA-Z0-9]", "");
    String image = config.imageUri().orElseThrow();
    var environment = LambdaEnvironment.forContainer(config, instance);
    if (config.image().command().isEmpty()) {
      String[] imageCommand = client.inspectImageCmd(image).exec().getConfig().getCmd();
      if (imageCommand != null && imageCommand.length > 0) {
        environment.put("_HANDLER", imageCommand[0]);
      }
    }
    return ContainerProcess.start(client,
        new ContainerProcess.Spec(image, environment, config.image().entryPoint(), config.image().command(),
            config.image().workingDirectory().orElse(""), config.memoryMb(), cpus, name),
        logFile);
  }
}
