package dev.cumulo.app.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The class-data archive (CDS) of one jar for one JVM: the classes the app loaded in an earlier run, already parsed and
 * verified, mapped into memory at start instead of being read from the jar again.
 *
 * <p>Kept in a folder of the user's cache, named after everything the JVM checks before it uses an archive (the jar's
 * path, size and time, the JVM's home and build), so that another build or JVM makes its own. The name also holds the
 * archive's size: the JVM crashes on a truncated archive rather than ignoring it, so one whose size is not the one it
 * was written with is never used. An archive is written to a name of its own and renamed into place only once it is
 * complete.
 */
public final class ClassArchive {
  private static final String SUFFIX = ".jsa";

  private final Path dir;
  private final String key;

  ClassArchive(Path dir, String key) {
    this.dir = dir;
    this.key = key;
  }

  /** The archive for {@code jar} run by this JVM, kept under {@code cache}. */
  public static ClassArchive of(Path jar, Path cache) throws IOException {
    String identity = String.join("\n", jar.toAbsolutePath().toString(), Long.toString(Files.size(jar)),
        Long.toString(Files.getLastModifiedTime(jar).toMillis()), System.getProperty("java.home"),
        System.getProperty("java.vm.version"));
    return new ClassArchive(cache.resolve("class-archive"), "cumulo-" + Integer.toHexString(identity.hashCode()));
  }

  /** The complete archive, if an earlier run wrote one. */
  public Optional<Path> complete() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, key + "-*" + SUFFIX)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String size = name.substring(key.length() + 1, name.length() - SUFFIX.length());
        if (size.equals(Long.toString(Files.size(file)))) {
          return Optional.of(file);
        }
        Files.deleteIfExists(file);
      }
    } catch (IOException | RuntimeException e) {
      // no folder yet, or an unreadable one: start without an archive
    }
    return Optional.empty();
  }

  /** Where a run writing the archive puts it, a name no other run uses; empty when the folder cannot be made. */
  public Optional<Path> pending(long pid) {
    try {
      Files.createDirectories(dir);
      return Optional.of(dir.resolve(String.format(Locale.ROOT, "%s.%d.pending", key, pid)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Puts a written archive in place, named with its size, and removes the archives of other builds and JVMs and what
   * runs that were killed before they finished left behind; a run that did not write one leaves nothing.
   */
  public void keep(Path pending) {
    try {
      if (!Files.isRegularFile(pending) || Files.size(pending) == 0) {
        Files.deleteIfExists(pending);
        return;
      }
      Path complete = dir.resolve(key + "-" + Files.size(pending) + SUFFIX);
      Files.move(pending, complete, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      removeOthers(complete);
    } catch (IOException e) {
      discard(pending);
    }
  }

  /** Removes an archive that must not be used again. */
  public void discard(Path archive) {
    try {
      Files.deleteIfExists(archive);
    } catch (IOException e) {
      // still mapped by a running JVM (Windows); the next start finds it again and the JVM checks it
    }
  }

  private void removeOthers(Path kept) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "cumulo-*{" + SUFFIX + ",.pending}")) {
      for (Path file : files) {
        if (!file.equals(kept)) {
          discard(file);
        }
      }
    }
  }
}
