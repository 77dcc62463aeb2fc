package dev.cumulo.functions.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How to start one instance's process: the command, its environment (complete, nothing inherited) and its folder. */
public record LaunchSpec(List<String> command, Map<String, String> environment, Path directory) {
  public LaunchSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }

  /** The same launch with {@code options} given to the program (node, java) before its other arguments. */
  public LaunchSpec withProgramOptions(List<String> options) {
    List<String> changed = new ArrayList<>(command.subList(0, 1));
    changed.addAll(options);
    changed.addAll(command.subList(1, command.size()));
    return new LaunchSpec(changed, environment, directory);
  }

  /** The same launch with {@code variables} added to (or replacing in) the environment. */
  public LaunchSpec withEnvironment(Map<String, String> variables) {
    Map<String, String> changed = new LinkedHashMap<>(environment);
    changed.putAll(variables);
    return new LaunchSpec(command, changed, directory);
  }
}
