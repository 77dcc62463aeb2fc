package dev.cumulo.app.cli;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateException;
import dev.cumulo.project.TemplateReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cumulo invoke FUNCTION [--event FILE] [--endpoint URL] [--template T]}: invokes through the Lambda API of a
 * running emulator (the one at --endpoint, or on the default edge port), or starts one in process for the call. The
 * response goes to standard output, the log to standard error, as {@code sam local invoke} does.
 */
public final class InvokeCommand {
  private InvokeCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Args args = Args.parse(arguments, Set.of("event", "endpoint", "template", "data-dir"), Set.of());
    if (args.positional().size() != 1) {
      throw new UsageException("invoke takes one function name: cumulo invoke FUNCTION [--event FILE]");
    }
    String function = args.positional().get(0);
    byte[] event = readEvent(args.option("event"));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String endpoint = args.option("endpoint").orElse("http://127.0.0.1:" + EmulatorConfig.DEFAULT_EDGE_PORT);
    if (args.option("endpoint").isPresent() || (args.option("template").isEmpty() && isRunning(client, endpoint))) {
      return call(client, endpoint, function, event, out, err);
    }
    Path template = ProjectLocator.template(args.option("template"))
        .orElseThrow(() -> new UsageException("no emulator is running at " + endpoint + " and no template.yaml is here"));
    Project project;
    try {
      project = TemplateReader.read(template, TemplateReader.Options.defaults());
    } catch (TemplateException e) {
      err.println("cumulo: " + e.getMessage());
      return 1;
    }
    EmulatorConfig config = EmulatorConfig.defaults(ProjectLocator.dataDir(args.option("data-dir"), template)).withPorts(0, 0).withWatchCode(false);
    try (Emulator emulator = Emulator.start(config, project)) {
      return call(client, emulator.edgeUrl(), function, event, out, err);
    }
  }

  private static byte[] readEvent(Optional<String> file) throws IOException {
    if (file.isEmpty()) {
      return "{}".getBytes(StandardCharsets.UTF_8);
    }
    try {
      return file.get().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file.get()));
    } catch (NoSuchFileException e) {
      throw new UsageException("no event file at " + file.get());
    }
  }

  private static boolean isRunning(HttpClient client, String endpoint) throws InterruptedException {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(endpoint + "/_cumulo/health")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static int call(HttpClient client, String endpoint, String function, byte[] event, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint + "/2015-03-31/functions/" + function + "/invocations"))
            .header("X-Amz-Log-Type", "Tail")
            .POST(HttpRequest.BodyPublishers.ofByteArray(event))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      err.println("cumulo: cannot reach " + endpoint);
      return 1;
    }
    response.headers().firstValue("X-Amz-Log-Result")
        .ifPresent(tail -> err.print(new String(Base64.getDecoder().decode(tail), StandardCharsets.UTF_8)));
    out.println(response.body());
    boolean failed = response.statusCode() != 200 || response.headers().firstValue("X-Amz-Function-Error").isPresent();
    return failed ? 1 : 0;
  }
}
