package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cumulo bench s3|sqs [--clients N] [--seconds S] [--peer URL]}: a service benchmark against Cumulo (durable:
 * every write synced before it is acknowledged) and, in the same run with the same client, against a peer.
 */
final class ServiceBenchCommand {
  /** One service benchmark: what it measures, its default concurrency, and how to run it against an endpoint. */
  interface Benchmark {
    String title(int clients, Duration duration);

    int defaultClients();

    String run(URI endpoint, int clients, Duration duration);
  }

  static final Benchmark S3 = new Benchmark() {
    @Override
    public String title(int clients, Duration duration) {
      return "PUT+GET of " + S3Bench.OBJECT_SIZE + "-byte objects through the AWS SDK for Java v2, " + clients + " clients, "
          + duration.toSeconds() + " s per figure";
    }

    @Override
    public int defaultClients() {
      return 64;
    }

    @Override
    public String run(URI endpoint, int clients, Duration duration) {
      return S3Bench.run(endpoint, clients, duration).summary();
    }
  };

  static final Benchmark SQS = new Benchmark() {
    @Override
    public String title(int clients, Duration duration) {
      return "SendMessageBatch (10), ReceiveMessage (10), DeleteMessageBatch through the AWS SDK for Java v2, " + clients
          + " clients, " + duration.toSeconds() + " s per figure";
    }

    @Override
    public int defaultClients() {
      return 16;
    }

    @Override
    public String run(URI endpoint, int clients, Duration duration) {
      return SqsBench.run(endpoint, clients, duration).describe();
    }
  };

  private ServiceBenchCommand() {}

  static int run(Benchmark benchmark, List<String> arguments, PrintStream out) throws IOException {
    Args args = Args.parse(arguments, Set.of("clients", "seconds", "peer"), Set.of());
    int clients = args.intOption("clients", benchmark.defaultClients(), 1, 512);
    Duration duration = Duration.ofSeconds(args.intOption("seconds", 10, 1, 3600));
    Path dir = Files.createTempDirectory("cumulo-bench");
    EmulatorConfig config = EmulatorConfig.defaults(dir.resolve(".cumulo")).withPorts(0, 0).withWatchCode(false);
    out.println(benchmark.title(clients, duration));
    try (Emulator emulator =
        Emulator.start(config, Project.empty(dir.resolve("template.yaml"), config.region(), config.accountId()))) {
      out.println("  cumulo (" + config.durability() + "): " + benchmark.run(URI.create(emulator.edgeUrl()), clients, duration));
    }
    Optional<String> peer = args.option("peer");
    if (peer.isPresent()) {
      out.println("  peer " + peer.get() + ": " + benchmark.run(URI.create(peer.get()), clients, duration));
    }
    return 0;
  }
}
