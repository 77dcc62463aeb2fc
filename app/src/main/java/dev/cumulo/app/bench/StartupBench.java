package dev.cumulo.app.bench;

import dev.cumulo.app.Main;
import dev.cumulo.app.cli.DesktopCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The desktop app's time from process start to its first frame on the demo project: fresh processes started as a user
 * starts them ({@code java -jar cumulo.jar}, nothing added but the software renderer and the quit-after-first-frame
 * switch), with settings and cache folders of their own. The first start is a user's first: it extracts the demo and
 * writes the class archive as it exits ({@link dev.cumulo.app.launch.Relaunch}); it is reported on its own, and the
 * median is of the starts after it.
 *
 * <p>The elapsed time is taken here, from just before the process is spawned to the line it prints at its first frame.
 * The app cannot time itself: on Linux the OS gives a process's start time to within a second only (boot time is kept
 * in whole seconds), which put a constant error of up to a second into every figure.
 */
final class StartupBench {
  private static final int STARTS = 5;
  private static final long EXIT_WAIT_SECONDS = 60;
  private static final Pattern FIRST_FRAME = Pattern.compile("first frame \\(pid (\\d+), CPU (-?\\d+) ms\\)");

  private StartupBench() {}

  static int run(PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path config = Files.createTempDirectory("cumulo-bench-config");
    Path cache = Files.createTempDirectory("cumulo-bench-cache");
    try {
      return run(Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_CACHE_HOME", cache.toString()), out, err);
    } finally {
      deleteTree(config);
      deleteTree(cache);
    }
  }

  private static int run(Map<String, String> folders, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    List<Long> elapsed = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    Optional<Start> first = startOnce(folders, err);
    if (first.isEmpty()) {
      return 1;
    }
    for (int i = 0; i < STARTS; i++) {
      Optional<Start> start = startOnce(folders, err);
      if (start.isEmpty()) {
        return 1;
      }
      elapsed.add(start.get().elapsedMillis());
      cpu.add(start.get().cpuMillis());
    }
    List<Long> inOrder = List.copyOf(elapsed);
    elapsed.sort(null);
    cpu.sort(null);
    out.printf(Locale.ROOT, "Desktop app, process start to first frame on the demo project (%s, prism sw): median %d ms"
        + " elapsed, %d ms CPU, of %d starts; elapsed in order %s%n", String.join(" ", launchedAs()),
        elapsed.get(STARTS / 2), cpu.get(STARTS / 2), STARTS, inOrder);
    out.printf(Locale.ROOT, "  first start (extracts the demo, writes the class archive at exit): %d ms to the first frame,"
        + " %d ms more to exit%n", first.get().elapsedMillis(), first.get().exitMillis());
    return 0;
  }

  /** One start: to the first frame (elapsed and CPU), and from there to the end of the process. */
  private record Start(long elapsedMillis, long cpuMillis, long exitMillis) {}

  /** Starts the app in a new process that quits after its first frame; what it took, or nothing. */
  private static Optional<Start> startOnce(Map<String, String> folders, PrintStream err)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.add("-Dprism.order=sw");
    command.add("-D" + DesktopCommand.FIRST_FRAME_PROPERTY + "=true");
    command.addAll(launchedAs());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(folders);
    long spawned = System.nanoTime();
    Process app = builder.start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher m = FIRST_FRAME.matcher(line);
        if (m.find()) {
          long frame = System.nanoTime();
          long cpu = Long.parseLong(m.group(2)) + launcherCpuMillis(app, Long.parseLong(m.group(1)));
          app.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
          return Optional.of(new Start(TimeUnit.NANOSECONDS.toMillis(frame - spawned), cpu,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - frame)));
        }
        output.add(line);
      }
    } finally {
      app.destroyForcibly();
    }
    err.println("cumulo: the desktop app did not show a frame: " + String.join("\n", output));
    return Optional.empty();
  }

  /** The CPU time of the JVM that started the app in a second one, if it did: part of what a start costs. */
  private static long launcherCpuMillis(Process started, long appPid) {
    return started.pid() == appPid ? 0
        : started.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** {@code -jar cumulo.jar} when running from the jar, as users do; the class path and main class otherwise. */
  static List<String> launchedAs() {
    String classPath = System.getProperty("java.class.path");
    Optional<Path> jar = classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
        ? Optional.empty() : Optional.of(Path.of(classPath)).filter(Files::isRegularFile);
    return jar.map(j -> List.of("-jar", j.toString()))
        .orElse(List.of("-cp", classPath, Main.class.getName()));
  }
}
