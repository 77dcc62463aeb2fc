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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desktop app's time from process start to its first frame on the demo project: fresh processes started as a user
 * starts them ({@code java -jar cumulo.jar}, nothing added but the software renderer and the quit-after-first-frame
 * switch), after one warm-up run that extracts the demo.
 *
 * <p>The elapsed time is taken here, from just before the process is spawned to the line it prints at its first frame.
 * The app cannot time itself: on Linux the OS gives a process's start time to within a second only (boot time is kept
 * in whole seconds), which put a constant error of up to a second into every figure.
 */
final class StartupBench {
  private static final int STARTS = 5;
  private static final Pattern FIRST_FRAME = Pattern.compile("first frame \\(CPU (-?\\d+) ms\\)");

  private StartupBench() {}

  static int run(PrintStream out, PrintStream err) throws IOException, InterruptedException {
    List<Long> elapsed = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    Path config = Files.createTempDirectory("cumulo-bench-config");
    if (startOnce(config, err).length == 0) {
      return 1;
    }
    for (int i = 0; i < STARTS; i++) {
      long[] measured = startOnce(config, err);
      if (measured.length == 0) {
        return 1;
      }
      elapsed.add(measured[0]);
      cpu.add(measured[1]);
    }
    List<Long> inOrder = List.copyOf(elapsed);
    elapsed.sort(null);
    cpu.sort(null);
    out.printf(Locale.ROOT, "Desktop app, process start to first frame on the demo project (%s, prism sw): median %d ms"
        + " elapsed, %d ms CPU, of %d starts; elapsed in order %s%n", String.join(" ", launchedAs()),
        elapsed.get(STARTS / 2), cpu.get(STARTS / 2), STARTS, inOrder);
    return 0;
  }

  /** Starts the app in a new process that quits after its first frame; its elapsed and CPU ms, or nothing. */
  private static long[] startOnce(Path config, PrintStream err) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dprism.order=sw");
    command.add("-D" + DesktopCommand.FIRST_FRAME_PROPERTY + "=true");
    command.addAll(launchedAs());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("XDG_CONFIG_HOME", config.toString());
    long spawned = System.nanoTime();
    Process app = builder.start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher m = FIRST_FRAME.matcher(line);
        if (m.find()) {
          long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned);
          app.waitFor(30, TimeUnit.SECONDS);
          return new long[] {elapsedMillis, Long.parseLong(m.group(1))};
        }
        output.add(line);
      }
    } finally {
      app.destroyForcibly();
    }
    err.println("cumulo: the desktop app did not show a frame: " + String.join("\n", output));
    return new long[0];
  }

  /** {@code -jar cumulo.jar} when running from the jar, as users do; the class path and main class otherwise. */
  private static List<String> launchedAs() {
    String classPath = System.getProperty("java.class.path");
    Optional<Path> jar = classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")
        ? Optional.empty() : Optional.of(Path.of(classPath)).filter(Files::isRegularFile);
    return jar.map(j -> List.of("-jar", j.toString()))
        .orElse(List.of("-cp", classPath, Main.class.getName()));
  }
}
