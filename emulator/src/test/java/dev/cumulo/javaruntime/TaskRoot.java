package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import fixtures.javafn.Greeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Assembles a Java function's task root as {@code sam build} lays it out: the compiled classes of
 * {@code fixtures.javafn} at the root, and the function's dependencies (aws-lambda-java-events and joda-time) in
 * {@code lib/}. The runtime's own libraries are deliberately not there.
 */
public final class TaskRoot {
  private TaskRoot() {}

  public static Path assemble(Path dir) {
    try {
      Path classes = codeSource(Greeter.class);
      Path fixtures = classes.resolve("fixtures/javafn");
      Path target = Files.createDirectories(dir.resolve("fixtures/javafn"));
      try (Stream<Path> files = Files.list(fixtures)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          Files.copy(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path lib = Files.createDirectories(dir.resolve("lib"));
      for (Path jar : List.of(codeSource(S3Event.class), codeSource(org.joda.time.DateTime.class))) {
        Files.copy(jar, lib.resolve(jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
