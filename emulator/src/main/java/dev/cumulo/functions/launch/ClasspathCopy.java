package dev.cumulo.functions.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Copies a package's files out of a classpath entry, a folder of classes or a jar, keeping their relative paths. */
public final class ClasspathCopy {
  private ClasspathCopy() {}

  /** Copies every file under {@code prefix} (such as {@code dev/cumulo/javaruntime/}) in {@code source} to {@code target}. */
  public static void copyPackage(Path source, String prefix, Path target) throws IOException {
    if (Files.isDirectory(source)) {
      Path root = source.resolve(prefix);
      if (!Files.isDirectory(root)) {
        return;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = target.resolve(source.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return;
    }
    try (JarFile jar = new JarFile(source.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
          continue;
        }
        Path to = target.resolve(entry.getName()).normalize();
        if (!to.startsWith(target)) {
          continue;
        }
        Files.createDirectories(to.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
          Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
