package dev.cumulo.app;

import dev.cumulo.app.bench.BenchCommand;
import dev.cumulo.app.cli.DesktopCommand;
import dev.cumulo.app.cli.InvokeCommand;
import dev.cumulo.cost.cli.CostCommand;
import dev.cumulo.functions.launch.SpawnMechanism;
import dev.cumulo.app.cli.ServeCommand;
import dev.cumulo.app.cli.SweepCommand;
import dev.cumulo.app.cli.UsageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar cumulo.jar [command] ...}. */
public final class Main {
  static {
    SpawnMechanism.preferVfork();
  }

  static final String HELP =
      """
      Cumulo: a serverless cloud on your laptop, debuggable.

      Usage:
        cumulo                                   open the desktop app on the built-in demo project
        cumulo [open] template.yaml [--edge-port N] [--api-port N]
                                                 open the desktop app on a SAM project
        cumulo serve [template.yaml] [options]   run the emulator headless (Ctrl-C stops it)
            --edge-port N    Lambda, S3, SQS and control API port (default 4566)
            --api-port N     HTTP API (API Gateway) port (default 3000)
            --data-dir DIR   where state is kept (default .cumulo beside the template)
            --host H         address to listen on (default 127.0.0.1)
            --keep-warm S    seconds an idle instance stays warm (default 600; 0 = cold start every time)
            --max-instances N  concurrent instances per function without reserved concurrency (default 10)
        cumulo invoke FUNCTION [--event FILE] [--endpoint URL] [--template T]
                                                 invoke a function of a running emulator, or of the template here
        cumulo cost [template.yaml] [--data-dir DIR] [--requests-per-month N] [--arch arm64|x86_64]
                    [--no-free-tier] [--json]    what the recorded workload would cost a month in the cloud
        cumulo cost --sweep FUNCTION [template.yaml] [--request-id ID | --event FILE] [--sizes 128,512,1769]
                    [--repetitions N] [--endpoint URL] [--json]
                                                 re-run an event at each memory size with its CPU share; cheapest, fastest
        cumulo bench invoke [--clients N] [--seconds S] [--peer URL [--peer-function NAME]]
                                                 measure warm invoke latency, throughput and cold-start overhead
        cumulo bench s3|sqs [--clients N] [--seconds S] [--peer URL]
                                                 measure durable S3 PUT+GET or SQS send-receive-delete throughput against a peer
        cumulo bench debug [--hits N] [--invokes N]
                                                 measure breakpoint-hit-to-API latency and debugging's invoke overhead
        cumulo bench ui [--timeline-only | --startup-only]
                                                 the timeline's frame time with 100,000 invocations and the
                                                 desktop app's start-up time (needs a display; software renderer)
        cumulo bench idle [--instances N] [--seconds S]
                                                 CPU used while idle: serve with N warm instances, and the
                                                 desktop app on the demo (needs a display)
        cumulo --help | --version
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty()) {
      return DesktopCommand.run(List.of(), out, err);
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "--help", "-h", "help" -> {
          out.print(HELP);
          yield 0;
        }
        case "--version" -> {
          out.println("cumulo " + version());
          yield 0;
        }
        case "serve" -> ServeCommand.run(rest, out, err);
        case "invoke" -> InvokeCommand.run(rest, out, err);
        case "bench" -> BenchCommand.run(rest, out, err);
        case "cost" -> rest.stream().anyMatch(a -> a.startsWith("--sweep")) ? SweepCommand.run(rest, out, err) : new CostCommand().run(rest, out, err);
        case "open" -> DesktopCommand.run(rest, out, err);
        default -> {
          if (looksLikeProject(args.get(0))) {
            yield DesktopCommand.run(args, out, err);
          }
          throw new UsageException("unknown command '" + args.get(0) + "'; see cumulo --help");
        }
      };
    } catch (UsageException e) {
      err.println("cumulo: " + e.getMessage());
      return 2;
    }
  }

  /** {@code cumulo path/to/template.yaml} (or a folder holding one) opens the desktop app on it. */
  private static boolean looksLikeProject(String arg) {
    String name = arg.toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || java.nio.file.Files.isDirectory(java.nio.file.Path.of(arg));
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
