package dev.cumulo.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the template a command works on: the one named, or template.yaml / template.yml in the current folder. */
public final class ProjectLocator {
  private ProjectLocator() {}

  public static Optional<Path> template(Optional<String> named) {
    if (named.isPresent()) {
      Path path = Path.of(named.get());
      if (Files.isDirectory(path)) {
        return firstTemplateIn(path);
      }
      if (!Files.isRegularFile(path)) {
        throw new UsageException("no template at " + path.toAbsolutePath());
      }
      return Optional.of(path);
    }
    return firstTemplateIn(Path.of(""));
  }

  private static Optional<Path> firstTemplateIn(Path dir) {
    for (String name : List.of("template.yaml", "template.yml", "template.json")) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The data folder of a project: {@code --data-dir} when given, else {@code .cumulo} beside the template. */
  public static Path dataDir(Optional<String> named, Path template) {
    return named.map(Path::of).orElse(template.toAbsolutePath().getParent().resolve(".cumulo"));
  }
}
