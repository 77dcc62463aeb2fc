package dev.cumulo.project;

import java.nio.file.Path;

/** A template that cannot be used, with the file, resource and line to look at. */
public final class TemplateException extends RuntimeException {
  private final Path file;
  private final String resource;
  private final int line;

  public TemplateException(Path file, String resource, int line, String problem) {
    super(format(file, resource, line, problem));
    this.file = file;
    this.resource = resource;
    this.line = line;
  }

  private static String format(Path file, String resource, int line, String problem) {
    StringBuilder b = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (resource != null && !resource.isEmpty()) {
      b.append("resource ").append(resource).append(": ");
    }
    return b.append(problem).toString();
  }

  public Path file() {
    return file;
  }

  /** The logical id of the resource at fault, or empty when the problem is not in one resource. */
  public String resource() {
    return resource == null ? "" : resource;
  }

  public int line() {
    return line;
  }
}
