package dev.cumulo.debug.java;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Java classes and source files meet: the classes a breakpoint's file compiles to (its package, read from the
 * file, and its top-level class name, nested classes included) and the absolute file of a location, found under the
 * source roots that breakpoint files revealed or the usual Maven and Gradle layouts of the function's code.
 */
final class JavaSources {
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  private final Set<Path> roots = ConcurrentHashMap.newKeySet();

  JavaSources(Path code) {
    roots.add(code.resolve("src/main/java"));
    roots.add(code.resolve("src"));
    roots.add(code);
  }

  /** The class-name pattern ({@code com.example.Handler*}) of the classes compiled from {@code file}. */
  static String classPattern(Path file) {
    String simple = file.getFileName().toString().replaceFirst("\\.java$", "");
    return packageOf(file).map(p -> p + "." + simple).orElse(simple) + "*";
  }

  private static Optional<String> packageOf(Path file) {
    try {
      Matcher m = PACKAGE.matcher(Files.readString(file));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code type} was compiled from {@code file}; when so, the file's source root is remembered. */
  boolean compiledFrom(ReferenceType type, Path file) {
    try {
      List<String> paths = type.sourcePaths(null);
      for (String relative : paths) {
        if (file.endsWith(relative)) {
          Path root = file;
          for (int i = 0; i < Path.of(relative).getNameCount(); i++) {
            root = root.getParent();
          }
          roots.add(root);
          return true;
        }
      }
      return false;
    } catch (AbsentInformationException e) {
      return false;
    }
  }

  /** The location's source file: absolute when found under a source root, else its path in the package tree. */
  String file(Location location) {
    try {
      String relative = location.sourcePath();
      for (Path root : roots) {
        Path candidate = root.resolve(relative);
        if (Files.isRegularFile(candidate)) {
          return candidate.toString();
        }
      }
      return relative;
    } catch (AbsentInformationException e) {
      return location.declaringType().name();
    }
  }
}
