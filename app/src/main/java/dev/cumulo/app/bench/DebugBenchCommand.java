package dev.cumulo.app.bench;

import dev.cumulo.app.cli.Args;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code cumulo bench debug [--hits N] [--invokes N]}: the debugger's breakpoint-hit-to-API latency and its overhead on
 * warm invokes, for each runtime, on a project of its own.
 */
final class DebugBenchCommand {
  private DebugBenchCommand() {}

  static int run(List<String> arguments, PrintStream out) throws IOException {
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
}
