package dev.cumulo.functions.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to start one instance's process: the command, its environment (complete, nothing inherited) and its folder. */
public record LaunchSpec(List<String> command, Map<String, String> environment, Path directory) {
  public LaunchSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
