package dev.cumulo.ui.debug;

import dev.cumulo.project.FunctionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The source files of a function: under its CodeUri (for a Java function also the Maven and Gradle source roots
 * beside its classes), skipping dependencies and build output. The handler's file comes first. Reads the disk; called
 * off the UI thread.
 */
public final class SourceFiles {
  private static final Set<String> SKIPPED = Set.of("node_modules", ".cumulo", "__pycache__", ".git", "target", "build",
      ".venv", "venv", "site-packages");
  private static final int MAX_FILES = 500;
  private static final int MAX_DEPTH = 12;

  private SourceFiles() {}

  public static List<Path> of(FunctionSpec function, Path projectRoot) {
    Path code = projectRoot.resolve(function.codeUri().orElse(Path.of("."))).toAbsolutePath().normalize();
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(code)) {
      walk(code, found);
    }
    String handlerModule = "/" + handlerModule(function);
    found.sort(Comparator.comparing((Path p) -> !withoutExtension(p).endsWith(handlerModule)).thenComparing(Path::toString));
    return found;
  }

  /** The file a handler's code is in, without its extension: {@code orders}, {@code shop/Orders}. */
  static String handlerModule(FunctionSpec function) {
    String handler = function.handler();
    if (function.runtime().startsWith("java")) {
      String type = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
      return type.replace('.', '/');
    }
    int dot = handler.lastIndexOf('.');
    return dot < 0 ? handler : handler.substring(0, dot);
  }

  private static String withoutExtension(Path file) {
    String path = file.toString().replace('\\', '/');
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
  }

  private static void walk(Path code, List<Path> found) {
    try {
      Files.walkFileTree(code, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(code) && SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && SourceLanguage.of(file).isPresent()) {
            found.add(file);
          }
          return found.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
