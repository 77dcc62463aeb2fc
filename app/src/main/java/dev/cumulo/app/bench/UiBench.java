package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
import dev.cumulo.app.cli.UsageException;
import dev.cumulo.ui.bench.TimelineBench;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code cumulo bench ui [--timeline-only | --startup-only]}: the timeline's frame time with 100,000 invocations (in
 * this process), and the desktop app's time from process start to its first frame on the demo project
 * ({@link StartupBench}). Both with the software renderer, as on a machine without a usable GPU.
 */
public final class UiBench {
  private UiBench() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
    Args args = Args.parse(arguments, Set.of(), Set.of("timeline-only", "startup-only"));
    if (args.flag("timeline-only") && args.flag("startup-only")) {
      throw new UsageException("bench ui takes --timeline-only or --startup-only, not both");
    }
    System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
    try {
      if (!args.flag("startup-only")) {
        TimelineBench.run(out);
      }
      return args.flag("timeline-only") ? 0 : StartupBench.run(out, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
      err.println("cumulo: the UI benchmark failed: " + e.getMessage());
      return 1;
    }
  }
}
