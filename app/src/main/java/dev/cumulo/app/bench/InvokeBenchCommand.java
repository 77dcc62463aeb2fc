package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
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
 * latency and throughput with a no-op Node.js function (served by {@code cumulo serve} in its own process, as a peer
 * is, and by an emulator in the benchmark's process, whose records give the breakdown), the same figures for a peer
 * measured in the same run, and Cumulo's own share of a cold start.
 */
final class InvokeBenchCommand {
  private InvokeBenchCommand() {}

  static int run(List<String> arguments, PrintStream out) throws IOException {
    Args args = Args.parse(arguments, Set.of("clients", "seconds", "peer", "peer-function"), Set.of());
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
    out.printf(Locale.ROOT, "Warm Invoke: latency through the AWS SDK for Java v2; throughput through it and over raw HTTP;"
        + " %d s per figure, %d clients for throughput%n",
        duration.toSeconds(), clients);
    Optional<URI> peer = args.option("peer").map(URI::create);
    String peerFunction = args.option("peer-function").orElse("peer-dev-noop");
    try (ServeProcess serve = ServeProcess.start(dir.resolve("template.yaml"), dir.resolve(".cumulo-serve"),
            Math.max(clients, 10));
        Emulator emulator = Emulator.start(config, project)) {
      URI inProcess = URI.create(emulator.edgeUrl());
      InvokeBench.warm(serve.edge(), "Noop", clients, duration);
      InvokeBench.warm(inProcess, "Noop", clients, duration);
      peer.ifPresent(p -> InvokeBench.warm(p, peerFunction, clients, duration));
      print(out, InvokeBench.run("cumulo serve (own process)", serve.edge(), "Noop", clients, duration));
      peer.ifPresent(p -> print(out, InvokeBench.run("peer " + p, p, peerFunction, clients, duration)));
      print(out, InvokeBench.run("cumulo (in the benchmark's process)", inProcess, "Noop", clients, duration));
      emulator.recorder().flush();
      breakdown(emulator, out);
      coldStarts(emulator.functions(), out);
    }
    return 0;
  }

  private static void print(PrintStream out, InvokeBench.Result result) {
    out.printf(Locale.ROOT, "  %-40s latency %s; throughput with %d clients %.0f invokes/s (SDK), %.0f invokes/s (raw HTTP)%n",
        result.target(), result.latency().describe(), result.clients(), result.invokesPerSecond(), result.rawInvokesPerSecond());
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
