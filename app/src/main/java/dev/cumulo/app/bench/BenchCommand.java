package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
import dev.cumulo.app.cli.UsageException;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cumulo bench invoke [--clients N] [--seconds S] [--peer URL --peer-function NAME]}: Cumulo's warm invoke
 * latency and throughput with a no-op Node.js function, the same figures for a peer measured in the same run, and
 * Cumulo's own share of a cold start. {@code cumulo bench s3 [--clients N] [--seconds S] [--peer URL]}: PUT+GET pairs of
 * 4 KiB objects against Cumulo's storage (durable: synced before acknowledged) and a peer, in the same run.
 * {@code cumulo bench debug [--hits N] [--invokes N]}: the debugger's breakpoint-hit-to-API latency and its overhead on
 * warm invokes, per runtime.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
    if (!arguments.isEmpty() && arguments.get(0).equals("s3")) {
      return s3(arguments.subList(1, arguments.size()), out);
    }
    if (!arguments.isEmpty() && arguments.get(0).equals("debug")) {
      return debug(arguments.subList(1, arguments.size()), out);
    }
    if (arguments.isEmpty() || !arguments.get(0).equals("invoke")) {
      throw new UsageException("bench needs what to measure: cumulo bench invoke|s3|debug [--clients N] [--seconds S] [--peer URL]");
    }
    Args args = Args.parse(arguments.subList(1, arguments.size()), Set.of("clients", "seconds", "peer", "peer-function"), Set.of());
    int clients = args.intOption("clients", 8, 1, 256);
    Duration duration = Duration.ofSeconds(args.intOption("seconds", 10, 1, 3600));
    Path dir = Files.createTempDirectory("cumulo-bench");
    Files.writeString(dir.resolve("template.yaml"),
        "Resources:\n  Noop:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            + "      Runtime: nodejs20.x\n      Handler: noop.handler\n      CodeUri: fn/\n");
    Files.createDirectories(dir.resolve("fn"));
    Files.writeString(dir.resolve("fn/noop.js"), "exports.handler = async () => ({ ok: true });\n");
    Project project = TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
    EmulatorConfig config = EmulatorConfig.defaults(dir.resolve(".cumulo")).withPorts(0, 0)
        .withMaxInstancesPerFunction(Math.max(clients, 10)).withWatchCode(false);
    out.printf(Locale.ROOT, "Warm Invoke through the AWS SDK for Java v2, %d s per figure, %d clients for throughput%n",
        duration.toSeconds(), clients);
    try (Emulator emulator = Emulator.start(config, project)) {
      print(out, InvokeBench.run("cumulo", URI.create(emulator.edgeUrl()), "Noop", clients, duration));
      emulator.recorder().flush();
      breakdown(emulator, out);
      Optional<String> peer = args.option("peer");
      if (peer.isPresent()) {
        print(out, InvokeBench.run("peer " + peer.get(), URI.create(peer.get()), args.option("peer-function").orElse("peer-dev-noop"), clients, duration));
      }
      coldStarts(emulator.functions(), out);
    }
    return 0;
  }

  private static int s3(List<String> arguments, PrintStream out) throws IOException {
    Args args = Args.parse(arguments, Set.of("clients", "seconds", "peer"), Set.of());
    int clients = args.intOption("clients", 64, 1, 512);
    Duration duration = Duration.ofSeconds(args.intOption("seconds", 10, 1, 3600));
    Path dir = Files.createTempDirectory("cumulo-bench-s3");
    EmulatorConfig config = EmulatorConfig.defaults(dir.resolve(".cumulo")).withPorts(0, 0).withWatchCode(false);
    out.printf(Locale.ROOT, "PUT+GET of %d-byte objects through the AWS SDK for Java v2, %d clients, %d s per figure%n",
        S3Bench.OBJECT_SIZE, clients, duration.toSeconds());
    try (Emulator emulator = Emulator.start(config, Project.empty(dir.resolve("template.yaml"), config.region(),
        config.accountId()))) {
      out.println("  cumulo (" + config.durability() + "): " + S3Bench.run(URI.create(emulator.edgeUrl()), clients, duration).summary());
    }
    Optional<String> peer = args.option("peer");
    if (peer.isPresent()) {
      out.println("  peer " + peer.get() + ": " + S3Bench.run(URI.create(peer.get()), clients, duration).summary());
    }
    return 0;
  }

  private static int debug(List<String> arguments, PrintStream out) throws IOException {
    Args args = Args.parse(arguments, Set.of("hits", "invokes"), Set.of());
    int hits = args.intOption("hits", 10, 1, 1000);
    int invokes = args.intOption("invokes", 300, 10, 100_000);
    Path dir = Files.createTempDirectory("cumulo-bench-debug");
    List<DebugBenchProject.Function> functions = DebugBenchProject.write(dir);
    Project project = TemplateReader.read(dir.resolve("template.yaml"), TemplateReader.Options.defaults());
    EmulatorConfig config = EmulatorConfig.defaults(dir.resolve(".cumulo")).withPorts(0, 0).withWatchCode(false);
    out.printf(Locale.ROOT, "Debugger: %d breakpoint hits per runtime; %d warm invokes each of a debugged function and its"
        + " plain twin, interleaved%n", hits, invokes);
    try (Emulator emulator = Emulator.start(config, project)) {
      new DebugBench(URI.create(emulator.edgeUrl())).run(functions, hits, invokes, out);
    }
    return 0;
  }

  private static void print(PrintStream out, InvokeBench.Result result) {
    out.printf(Locale.ROOT, "  %-40s latency %s; throughput %.0f invokes/s with %d clients%n",
        result.target(), result.latency().describe(), result.invokesPerSecond(), result.clients());
  }

  /** Where the time of Cumulo's warm invocations went: queued to delivered, and delivered to answered. */
  private static void breakdown(Emulator emulator, PrintStream out) {
    List<Long> toDeliver = new java.util.ArrayList<>();
    List<Long> inFunction = new java.util.ArrayList<>();
    emulator.recorder().forEachFinished(r -> {
      if (!r.coldStart() && r.invokeStart() > 0) {
        toDeliver.add(r.invokeStart() - r.queuedAt());
        inFunction.add(r.invokeEnd() - r.invokeStart());
      }
    });
    out.printf(Locale.ROOT, "  inside Cumulo: queued to delivered %s; delivered to answered (the runtime's round trip) %s%n",
        Stats.of(toDeliver).describe(), Stats.of(inFunction).describe());
  }

  private static void coldStarts(FunctionService functions, PrintStream out) {
    functions.retireInstances("Noop");
    int before = functions.coldStartShares("Noop").size();
    List<Long> init = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var request = functions.request("Noop", "{}".getBytes(StandardCharsets.UTF_8), InvocationType.REQUEST_RESPONSE, Trigger.direct(), Optional.empty());
      init.add((long) (functions.invoke(request).join().record().initDurationMs() * 1000));
      functions.retireInstances("Noop");
    }
    List<Long> shares = functions.coldStartShares("Noop");
    Stats share = Stats.of(shares.subList(before, shares.size()));
    out.printf(Locale.ROOT, "  cold start: Init Duration %s; Cumulo's own share (spawn + first event) %s%n",
        Stats.of(init).describe(), share.describe());
  }
}
