package dev.cumulo.functions.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The customer classpath of a Java function, from the layouts a developer has on disk: Lambda's own (classes at the
 * root and {@code lib/*.jar}), a jar, a Maven project ({@code target/classes} with {@code target/dependency}, or a
 * shaded jar in {@code target/}) and a Gradle project ({@code build/classes}, {@code build/libs}).
 */
final class JavaClasspath {
  private JavaClasspath() {}

  static Optional<List<Path>> of(Path code) {
    if (Files.isRegularFile(code)) {
      return Optional.of(List.of(code));
    }
    if (!Files.isDirectory(code)) {
      return Optional.empty();
    }
    if (hasClasses(code) || Files.isDirectory(code.resolve("lib"))) {
      return Optional.of(with(code, code.resolve("lib")));
    }
    Path target = code.resolve("target");
    Optional<Path> shaded = jarsIn(target).stream().filter(j -> !j.getFileName().toString().startsWith("original-")).findFirst();
    if (Files.isDirectory(target.resolve("classes")) && Files.isDirectory(target.resolve("dependency"))) {
      return Optional.of(with(target.resolve("classes"), target.resolve("dependency")));
    }
    if (shaded.isPresent()) {
      return Optional.of(List.of(shaded.get()));
    }
    if (Files.isDirectory(target.resolve("classes"))) {
      return Optional.of(with(target.resolve("classes"), target.resolve("lib")));
    }
    Path gradle = code.resolve("build");
    List<Path> gradleJars = jarsIn(gradle.resolve("libs"));
    if (!gradleJars.isEmpty()) {
      return Optional.of(List.of(gradleJars.get(0)));
    }
    if (Files.isDirectory(gradle.resolve("classes/java/main"))) {
      List<Path> cp = new ArrayList<>(List.of(gradle.resolve("classes/java/main"), gradle.resolve("resources/main")));
      return Optional.of(cp);
    }
    return Optional.empty();
  }

  static String join(List<Path> classpath) {
    return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean hasClasses(Path dir) {
    try (Stream<Path> files = Files.walk(dir, 8)) {
      return files.anyMatch(p -> p.toString().endsWith(".class") && !p.startsWith(dir.resolve("target")) && !p.startsWith(dir.resolve("build")));
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> with(Path classes, Path libDir) {
    List<Path> cp = new ArrayList<>();
    cp.add(classes);
    cp.addAll(jarsIn(libDir));
    return cp;
  }

  private static List<Path> jarsIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
