package dev.cumulo.project;

import java.nio.file.Path;

/** Where in a template something was declared (1-based line). */
public record Location(Path file, int line) {
  @Override
  public String toString() {
    return file.getFileName() + ":" + line;
  }
}
