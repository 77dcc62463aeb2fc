package dev.cumulo.app.cli;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.functions.service.FunctionInfo;
import dev.cumulo.http.PortInUseException;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.project.TemplateReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code cumulo serve [template.yaml] [--edge-port N] [--api-port N] [--data-dir DIR]}: the emulator, headless. */
public final class ServeCommand {
  static final Set<String> OPTIONS = Set.of("edge-port", "api-port", "data-dir", "host", "keep-warm", "max-instances");

  private ServeCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws InterruptedException {
    Args args = Args.parse(arguments, OPTIONS, Set.of());
    if (args.positional().size() > 1) {
      throw new UsageException("serve takes one template, got " + args.positional());
    }
    Path template = ProjectLocator.template(args.positional().stream().findFirst())
        .orElseThrow(() -> new UsageException("no template.yaml in this folder; name one: cumulo serve path/to/template.yaml"));
    EmulatorConfig config = config(args, ProjectLocator.dataDir(args.option("data-dir"), template));
    Project project;
    try {
      project = TemplateReader.read(template, TemplateReader.Options.defaults().withEdgeUrl("http://" + config.host() + ":" + config.edgePort()));
    } catch (TemplateException e) {
      err.println("cumulo: " + e.getMessage());
      return 1;
    }
    Emulator emulator;
    try {
      emulator = Emulator.start(config, project);
    } catch (PortInUseException e) {
      err.println("cumulo: " + e.getMessage() + "; choose another with --edge-port or --api-port");
      return 1;
    } catch (TemplateException e) {
      err.println("cumulo: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "cumulo-shutdown"));
    describe(emulator, template, out);
    stopped.await();
    return 0;
  }

  static EmulatorConfig config(Args args, Path dataDir) {
    EmulatorConfig defaults = EmulatorConfig.defaults(dataDir);
    return defaults
        .withHost(args.option("host").orElse(defaults.host()))
        .withPorts(args.intOption("edge-port", defaults.edgePort(), 0, 65535), args.intOption("api-port", defaults.apiPort(), 0, 65535))
        .withKeepWarm(Duration.ofSeconds(args.intOption("keep-warm", (int) defaults.keepWarm().toSeconds(), 0, 86_400)))
        .withMaxInstancesPerFunction(args.intOption("max-instances", defaults.maxInstancesPerFunction(), 1, 1000));
  }

  private static void describe(Emulator emulator, Path template, PrintStream out) {
    out.println("Cumulo serving " + template.toAbsolutePath().normalize());
    out.println("  Edge (Lambda, S3, SQS, control API): " + emulator.edgeUrl());
    for (FunctionInfo f : emulator.functions().functions()) {
      out.println("  Function " + f.name() + " (" + f.config().runtime() + ")"
          + (f.availability().available() ? "" : " unavailable: " + f.availability().reason()));
    }
    emulator.triggers().api().ifPresent(api -> api.routes().forEach(route ->
        out.println("  Route " + route.routeKey() + " -> " + route.function() + " at " + api.url()
            + route.path().map(p -> p.text()).orElse("/"))));
    emulator.triggers().schedules().list().forEach(s ->
        out.println("  Schedule " + s.schedule().expression().text() + " -> " + s.schedule().function()
            + s.nextFire().map(at -> ", next at " + at).orElse(s.schedule().enabled() ? ", will not fire again" : ", disabled")));
    for (String warning : emulator.project().warnings()) {
      out.println("  Note: " + warning);
    }
    out.println("  Try: aws --endpoint-url " + emulator.edgeUrl() + " lambda list-functions");
    out.println("Cumulo is ready");
    out.flush();
  }
}
