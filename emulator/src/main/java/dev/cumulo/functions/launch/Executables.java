package dev.cumulo.functions.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds the programs that run functions (node, python3.x, a JDK) and their versions, once each. */
public final class Executables {
  static {
    SpawnMechanism.preferVfork();
  }

  private final List<Path> searchPath;
  private final Map<String, Optional<Path>> found = new ConcurrentHashMap<>();
  private final Map<Path, String> versions = new ConcurrentHashMap<>();

  public Executables(List<Path> searchPath) {
    this.searchPath = List.copyOf(searchPath);
  }

  /** Searches the directories of this process's PATH. */
  public static Executables fromEnvironment() {
    String path = System.getenv().getOrDefault("PATH", "");
    List<Path> dirs = new ArrayList<>();
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isBlank()) {
        dirs.add(Path.of(dir));
      }
    }
    return new Executables(dirs);
  }

  public Optional<Path> find(String name) {
    return found.computeIfAbsent(
        name,
        n ->
            searchPath.stream()
                .flatMap(dir -> Stream.of(dir.resolve(n), dir.resolve(n + ".exe")))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst());
  }

  /** {@code name} on the search path, when it runs: answers {@code versionFlag} successfully. */
  public Optional<Path> findRunnable(String name, String versionFlag) {
    return find(name).filter(program -> !version(program, versionFlag).isEmpty());
  }

  /**
   * The first line a program prints for {@code --version} (or {@code -version}), empty when it cannot run or fails
   * (a version manager's shim for a version that is not installed, say).
   */
  public String version(Path program, String flag) {
    return versions.computeIfAbsent(program, p -> runForVersion(p, flag));
  }

  private static String runForVersion(Path program, String flag) {
    try {
      Process process = new ProcessBuilder(program.toString(), flag).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readNBytes(4096);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "";
      }
      if (process.exitValue() != 0) {
        return "";
      }
      String text = new String(out, StandardCharsets.UTF_8).strip();
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline).strip();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** The java launcher of a JDK whose major version is at least {@code major}, the running JDK first. */
  public Optional<Path> javaAtLeast(int major) {
    if (Runtime.version().feature() >= major) {
      return Optional.of(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    List<Path> homes = new ArrayList<>();
    Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(homes::add);
    for (Path root : List.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> dirs = Files.list(root)) {
          dirs.sorted().forEach(d -> homes.add(Files.isDirectory(d.resolve("Contents/Home")) ? d.resolve("Contents/Home") : d));
        } catch (IOException ignored) {
          // an unreadable folder holds no JDK we can use
        }
      }
    }
    return homes.stream()
        .filter(home -> jdkMajor(home) >= major)
        .map(home -> home.resolve("bin").resolve("java"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static int jdkMajor(Path home) {
    Path release = home.resolve("release");
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String v = line.substring(13).replace("\"", "");
          String first = v.startsWith("1.") ? v.split("\\.")[1] : v.split("[.+-]")[0];
          return Integer.parseInt(first);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
