package dev.cumulo.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.emulator.Emulator;
import dev.cumulo.emulator.EmulatorConfig;
import dev.cumulo.json.Json;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cumulo cost --sweep FUNCTION [template.yaml] [--request-id ID | --event FILE] [--sizes 128,512,1769]
 * [--repetitions N] [--endpoint URL] [--data-dir DIR] [--json]}: the memory sweep of a running emulator's control API
 * ({@code POST /_cumulo/cost/sweep}), or of an emulator started in process on the template, whose data folder holds
 * the captured events.
 */
public final class SweepCommand {
  static final String USAGE = "usage: cumulo cost --sweep FUNCTION [template.yaml] [--request-id ID | --event FILE] "
      + "[--sizes 128,512,1769] [--repetitions N] [--endpoint URL] [--data-dir DIR] [--json]";

  private SweepCommand() {}

  public static int run(List<String> arguments, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Args args = Args.parse(arguments,
        Set.of("sweep", "request-id", "event", "sizes", "repetitions", "endpoint", "data-dir"), Set.of("json"));
    if (args.positional().size() > 1) {
      throw new UsageException("one template only; " + USAGE);
    }
    ObjectNode body = body(args);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpResponse<String> response;
    if (args.option("endpoint").isPresent()) {
      response = post(client, args.option("endpoint").get(), body, err);
    } else {
      Optional<String> named = args.positional().isEmpty() ? Optional.empty() : Optional.of(args.positional().get(0));
      Path template = ProjectLocator.template(named)
          .orElseThrow(() -> new UsageException("no template.yaml here; name one, or a running emulator with --endpoint"));
      Project project;
      try {
        project = TemplateReader.read(template, TemplateReader.Options.defaults());
      } catch (TemplateException e) {
        err.println("cumulo: " + e.getMessage());
        return 1;
      }
      EmulatorConfig config = EmulatorConfig.defaults(ProjectLocator.dataDir(args.option("data-dir"), template))
          .withPorts(0, 0).withWatchCode(false);
      try (Emulator emulator = Emulator.start(config, project)) {
        response = post(client, emulator.edgeUrl(), body, err);
      }
    }
    if (response == null) {
      return 1;
    }
    if (response.statusCode() != 200) {
      err.println("cumulo cost: " + Json.MAPPER.readTree(response.body()).path("message").asText(response.body()));
      return response.statusCode() == 400 ? 2 : 1;
    }
    if (args.flag("json")) {
      out.println(response.body());
    } else {
      print(Json.MAPPER.readTree(response.body()), out);
    }
    return 0;
  }

  private static ObjectNode body(Args args) throws IOException {
    ObjectNode body = Json.object().put("function", args.option("sweep").orElseThrow(() -> new UsageException(USAGE)));
    if (args.option("request-id").isPresent() && args.option("event").isPresent()) {
      throw new UsageException("give --request-id or --event, not both");
    }
    if (args.option("request-id").isPresent()) {
      body.put("requestId", args.option("request-id").get());
    } else {
      body.set("event", event(args.option("event")));
    }
    args.option("sizes").ifPresent(sizes -> {
      var array = body.putArray("sizes");
      for (String size : sizes.split(",")) {
        try {
          array.add(Integer.parseInt(size.trim()));
        } catch (NumberFormatException e) {
          throw new UsageException("--sizes takes memory sizes in MB separated by commas, not '" + sizes + "'");
        }
      }
    });
    if (args.option("repetitions").isPresent()) {
      body.put("repetitions", args.intOption("repetitions", 0, 1, Integer.MAX_VALUE));
    }
    return body;
  }

  private static JsonNode event(Optional<String> file) throws IOException {
    if (file.isEmpty()) {
      return Json.object();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(Path.of(file.get()));
    } catch (NoSuchFileException e) {
      throw new UsageException("no event file at " + file.get());
    }
    Optional<String> problem = Json.problem(bytes);
    if (problem.isPresent()) {
      throw new UsageException(file.get() + " is not JSON: " + problem.get());
    }
    return Json.MAPPER.readTree(bytes);
  }

  private static HttpResponse<String> post(HttpClient client, String endpoint, ObjectNode body, PrintStream err)
      throws IOException, InterruptedException {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(endpoint + "/_cumulo/cost/sweep"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(), HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      err.println("cumulo: cannot reach " + endpoint);
      return null;
    }
  }

  private static void print(JsonNode sweep, PrintStream out) {
    out.printf(Locale.ROOT, "Memory sweep of %s (%s), %d runs per size, the first one cold.%n",
        sweep.get("function").asText(), sweep.get("architecture").asText(), sweep.get("repetitions").asInt());
    out.println(sweep.get("cpuLimit").get("statement").asText());
    out.printf(Locale.ROOT, "%n  %8s %6s %9s %9s %10s %9s %12s%n",
        "memory", "vCPU", "init ms", "cold ms", "warm ms", "billed", "$ per 1M");
    for (JsonNode row : sweep.get("sizes")) {
      int memoryMb = row.get("memoryMb").asInt();
      Optional<JsonNode> measured = find(sweep.get("measured"), memoryMb);
      out.printf(Locale.ROOT, "  %5d MB %6.2f %9s %9s %10s %6d ms %12s  %s%n", memoryMb, row.get("cpuShare").asDouble(),
          measured.map(m -> ms(m.get("initDurationMs"))).orElse("-"),
          measured.map(m -> ms(m.get("coldDurationMs"))).orElse("-"),
          row.get("measured").asBoolean() ? ms(row.get("durationMs")) : "~" + ms(row.get("durationMs")),
          row.get("billedDurationMs").asLong(), String.format(Locale.ROOT, "$%.4f", row.get("costPerMillion").asDouble()),
          marks(row));
    }
    for (JsonNode size : sweep.get("measured")) {
      if (!size.get("error").isNull()) {
        out.printf(Locale.ROOT, "  %5d MB failed: %s%n", size.get("memoryMb").asInt(), size.get("error").asText());
      }
    }
    out.println("  (~ modelled, not measured)");
    for (JsonNode assumption : sweep.get("assumptions")) {
      out.println("  - " + assumption.get("text").asText());
    }
  }

  private static Optional<JsonNode> find(JsonNode measured, int memoryMb) {
    for (JsonNode size : measured) {
      if (size.get("memoryMb").asInt() == memoryMb) {
        return Optional.of(size);
      }
    }
    return Optional.empty();
  }

  private static String ms(JsonNode value) {
    return String.format(Locale.ROOT, "%.1f", value.asDouble());
  }

  private static String marks(JsonNode row) {
    String cheapest = row.get("cheapest").asBoolean() ? "cheapest " : "";
    return (cheapest + (row.get("fastest").asBoolean() ? "fastest" : "")).trim();
  }
}
