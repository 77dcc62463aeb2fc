package dev.cumulo.app.bench;

import dev.cumulo.app.Main;
import dev.cumulo.app.cli.Args;
import dev.cumulo.app.cli.DesktopCommand;
import dev.cumulo.ui.bench.TimelineBench;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cumulo bench ui}: the timeline's frame time with 100,000 invocations (in this process), and the desktop app's
 * time from process start to its first frame on the demo project (in fresh processes, after one warm-up run that
 * extracts the demo). Both with the software renderer, as on a machine without a usable GPU. {@code --timeline-only}
 * skips the start-up part.
 */
public final class UiBench {
  private static final int STARTS = 3;
  private static final Pattern FIRST_FRAME = Pattern.compile("first frame after (\\d+) ms \\(CPU (-?\\d+) ms\\)");

  private UiBench() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
    boolean timelineOnly = Args.parse(arguments, Set.of(), Set.of("timeline-only")).flag("timeline-only");
    System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
    try {
      TimelineBench.run(out);
      return timelineOnly ? 0 : startUp(out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
      err.println("cumulo: the UI benchmark failed: " + e.getMessage());
      return 1;
    }
  }

  private static int startUp(PrintStream out, PrintStream err) throws IOException, InterruptedException {
    List<Long> elapsed = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    Path config = Files.createTempDirectory("cumulo-bench-config");
    startOnce(config, err);
    for (int i = 0; i < STARTS; i++) {
      long[] measured = startOnce(config, err);
      if (measured.length == 0) {
        return 1;
      }
      elapsed.add(measured[0]);
      cpu.add(measured[1]);
    }
    elapsed.sort(null);
    cpu.sort(null);
    out.printf(Locale.ROOT, "Desktop app, process start to first frame on the demo project (prism sw): median %d ms elapsed,"
        + " %d ms CPU, of %d starts; elapsed %s%n", elapsed.get(STARTS / 2), cpu.get(STARTS / 2), STARTS, elapsed);
    return 0;
  }

  /** Starts the app in a new process that quits after its first frame; its elapsed and CPU ms, or nothing. */
  private static long[] startOnce(Path config, PrintStream err) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dprism.order=sw", "-D" + DesktopCommand.FIRST_FRAME_PROPERTY + "=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()).redirectErrorStream(true);
    builder.environment().put("XDG_CONFIG_HOME", config.toString());
    Process app = builder.start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher m = FIRST_FRAME.matcher(line);
        if (m.find()) {
          app.waitFor(30, TimeUnit.SECONDS);
          return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        }
      }
    } finally {
      app.destroyForcibly();
    }
    err.println("cumulo: the desktop app did not show a frame: " + String.join("\n", output));
    return new long[0];
  }
}
