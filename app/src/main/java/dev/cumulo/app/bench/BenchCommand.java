package dev.cumulo.app.bench;

import dev.cumulo.app.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code cumulo bench invoke|s3|sqs ...}: Cumulo's speed, beside a peer's measured in the same run;
 * {@code cumulo bench debug}: the debugger's own figures; {@code cumulo bench ui}: the desktop app's timeline frame
 * time and start-up; {@code cumulo bench idle}: the CPU Cumulo uses while nothing happens.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException {
    String what = arguments.isEmpty() ? "" : arguments.get(0);
    List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
    return switch (what) {
      case "invoke" -> InvokeBenchCommand.run(rest, out);
      case "s3" -> ServiceBenchCommand.run(ServiceBenchCommand.S3, rest, out);
      case "sqs" -> ServiceBenchCommand.run(ServiceBenchCommand.SQS, rest, out);
      case "debug" -> DebugBenchCommand.run(rest, out);
      case "ui" -> UiBench.run(rest, out, err);
      case "idle" -> IdleBench.run(rest, out, err);
      default -> throw new UsageException(
          "bench needs what to measure: cumulo bench invoke|s3|sqs [--clients N] [--seconds S] [--peer URL], debug, ui [--timeline-only | --startup-only], or idle [--instances N] [--seconds S]");
    };
  }
}
