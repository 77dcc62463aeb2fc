package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where a function's code lives when it runs (Lambda's {@code /var/task}): the CodeUri folder itself, so edits show up
 * at once; a .zip CodeUri unpacked into the data folder; InlineCode written to a file named after the handler's module.
 * A .jar CodeUri is used in place by the Java launcher.
 */
public final class TaskRoot {
  private TaskRoot() {}

  public static Path of(FunctionConfig config, Path workDir) {
    if (config.inlineCode().isPresent()) {
      return writeInline(config, workDir.resolve("inline").resolve(config.name()));
    }
    Path code = config.code().orElseThrow();
    String name = code.getFileName().toString().toLowerCase();
    if (Files.isRegularFile(code) && name.endsWith(".zip")) {
      return unzip(code, workDir.resolve("unzipped").resolve(config.name()));
    }
    if (Files.isRegularFile(code)) {
      return code.toAbsolutePath().getParent();
    }
    return code;
  }

  private static Path writeInline(FunctionConfig config, Path dir) {
    String module = config.handler().contains(".") ? config.handler().substring(0, config.handler().lastIndexOf('.')) : "index";
    String extension = config.runtime().startsWith("python") ? ".py" : ".js";
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(module + extension);
      Files.createDirectories(file.getParent());
      Files.writeString(file, config.inlineCode().orElseThrow(), StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the inline code of " + config.name(), e);
    }
  }

  private static Path unzip(Path zip, Path dir) {
    try {
      if (Files.exists(dir)) {
        try (var paths = Files.walk(dir)) {
          for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
      try (ZipFile file = new ZipFile(zip.toFile())) {
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          Path target = dir.resolve(entry.getName()).normalize();
          if (!target.startsWith(dir)) {
            continue;
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            try (InputStream in = file.getInputStream(entry)) {
              Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            target.toFile().setExecutable(true, false);
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack " + zip, e);
    }
  }
}
