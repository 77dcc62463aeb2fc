package dev.cumulo.project;

import java.util.List;
import java.util.Optional;

/** The Lambda runtimes Cumulo runs, grouped by the program that runs them. */
public enum RuntimeFamily {
  NODE(List.of("nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x")),
  PYTHON(List.of("python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14")),
  JAVA(List.of("java8.al2", "java11", "java17", "java21", "java25")),
  PROVIDED(List.of("provided", "provided.al2", "provided.al2023"));

  private final List<String> identifiers;

  RuntimeFamily(List<String> identifiers) {
    this.identifiers = identifiers;
  }

  public List<String> identifiers() {
    return identifiers;
  }

  public static Optional<RuntimeFamily> of(String runtime) {
    for (RuntimeFamily family : values()) {
      if (family.identifiers.contains(runtime)) {
        return Optional.of(family);
      }
    }
    return Optional.empty();
  }

  public static List<String> allIdentifiers() {
    return java.util.Arrays.stream(values()).flatMap(f -> f.identifiers.stream()).toList();
  }

  /** The language version a runtime identifier names: "20" for nodejs20.x, "3.12" for python3.12, "21" for java21. */
  public static String version(String runtime) {
    if (runtime.startsWith("nodejs")) {
      return runtime.substring(6, runtime.indexOf('.'));
    }
    if (runtime.startsWith("python")) {
      return runtime.substring(6);
    }
    if (runtime.startsWith("java")) {
      String v = runtime.substring(4);
      return v.startsWith("8") ? "8" : v;
    }
    return "";
  }
}
