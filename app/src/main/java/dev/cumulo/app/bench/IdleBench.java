package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code cumulo bench idle [--instances N] [--seconds S]}: what Cumulo costs a laptop while nothing happens, the state it
 * spends most of a working day in. {@code cumulo serve} holding N warm Node.js instances, then the desktop app on the
 * demo project (software renderer, its window in front and following the clock), each measured over S seconds once
 * it has settled (started, compiled its hot code).
 */
final class IdleBench {
  private static final Duration SETTLE = Duration.ofSeconds(30);

  private IdleBench() {}

  static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
    Args args = Args.parse(arguments, Set.of("instances", "seconds"), Set.of());
    int instances = args.intOption("instances", 10, 0, 100);
    Duration window = Duration.ofSeconds(args.intOption("seconds", 30, 5, 3600));
    out.printf(Locale.ROOT, "Idle CPU time over %d s, after %d s to settle%n", window.toSeconds(), SETTLE.toSeconds());
    try {
      int serve = serve(instances, window, out, err);
      int desktop = desktop(window, out, err);
      return Math.max(serve, desktop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static int serve(int instances, Duration window, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cumulo-bench-idle");
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Wait:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Runtime: nodejs20.x\n      Handler: wait.handler\n      CodeUri: fn/\n");
    Files.createDirectories(dir.resolve("fn"));
    Files.writeString(dir.resolve("fn/wait.js"),
        "exports.handler = async (e) => { await new Promise(r => setTimeout(r, e.ms)); return {}; };\n");
    try (ServeProcess serve = ServeProcess.start(dir.resolve("template.yaml"), dir.resolve(".cumulo"), Math.max(instances, 1))) {
      if (!scaleOut(serve.edge(), instances, err)) {
        return 1;
      }
      Thread.sleep(SETTLE.toMillis());
      TreeCpu cpu = TreeCpu.startingNow(serve.handle());
      Thread.sleep(window.toMillis());
      print(out, "cumulo serve with " + instances + " idle warm Node.js instances", cpu.spent(), window);
      return 0;
    }
  }

  /** Runs {@code instances} invocations at once, each long enough that each gets an instance of its own. */
  private static boolean scaleOut(URI edge, int instances, PrintStream err) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(edge.resolve("/2015-03-31/functions/Wait/invocations"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"ms\":1500}")).build();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.join();
      if (response.statusCode() != 200 || response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
        err.println("cumulo: the idle benchmark's function did not run (is Node.js installed?): " + response.body());
        return false;
      }
    }
    return true;
  }

  private static int desktop(Duration window, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Path config = Files.createTempDirectory("cumulo-bench-config");
    Path cache = Files.createTempDirectory("cumulo-bench-cache");
    List<String> command = new ArrayList<>(List.of(StartupBench.java(), "-Dprism.order=sw"));
    command.addAll(StartupBench.launchedAs());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(config.resolve("app.log").toFile());
    builder.environment().putAll(Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_CACHE_HOME", cache.toString()));
    Process app = builder.start();
    try {
      if (app.waitFor(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) {
        err.println("cumulo: the desktop app exited (a display is needed): " + Files.readString(config.resolve("app.log")));
        return 1;
      }
      TreeCpu cpu = TreeCpu.startingNow(app.toHandle());
      Thread.sleep(window.toMillis());
      print(out, "desktop app on the demo project, timeline following the clock", cpu.spent(), window);
      return 0;
    } finally {
      app.descendants().forEach(ProcessHandle::destroy);
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
      StartupBench.deleteTree(config);
      StartupBench.deleteTree(cache);
    }
  }

  private static void print(PrintStream out, String what, TreeCpu.Spent spent, Duration window) {
    double share = 100.0 * (spent.jvmMillis() + spent.otherMillis()) / window.toMillis();
    out.printf(Locale.ROOT, "  %-64s %6d ms in Cumulo's JVMs, %5d ms in functions' processes (%.1f%% of one core)%n",
        what, spent.jvmMillis(), spent.otherMillis(), share);
  }
}
