package dev.cumulo.functions.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a container-image function's image runs: the image and SAM's {@code ImageConfig} overrides of its command,
 * entry point and working directory.
 */
public record ImageSettings(Optional<String> uri, List<String> command, List<String> entryPoint, Optional<String> workingDirectory) {

  public static final ImageSettings NONE = new ImageSettings(Optional.empty(), List.of(), List.of(), Optional.empty());

  public ImageSettings {
    command = List.copyOf(command);
    entryPoint = List.copyOf(entryPoint);
  }

  /** Reads {@code ImageUri} and {@code ImageConfig} from a function's resolved properties. */
  public static ImageSettings of(Optional<String> uri, Map<String, Object> properties) {
    Object config = properties.get("ImageConfig");
    if (!(config instanceof Map<?, ?> map)) {
      return new ImageSettings(uri, List.of(), List.of(), Optional.empty());
    }
    return new ImageSettings(uri, strings(map.get("Command")), strings(map.get("EntryPoint")),
        Optional.ofNullable(map.get("WorkingDirectory")).map(String::valueOf));
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }
}
