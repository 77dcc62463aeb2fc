package dev.cumulo.debug.event;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An event as breakpoints look at it: its JSON and text, parsed on first use (most events meet no breakpoint that needs
 * them), and the names of the resource its trigger stands for.
 */
final class EventView {
  private final InvocationRequest request;
  private Optional<JsonNode> json;
  private String text;

  EventView(InvocationRequest request) {
    this.request = request;
  }

  InvocationRequest request() {
    return request;
  }

  Optional<JsonNode> json() {
    if (json == null) {
      try {
        json = Optional.ofNullable(Json.MAPPER.readTree(request.payload()));
      } catch (IOException e) {
        json = Optional.empty();
      }
    }
    return json;
  }

  String text() {
    if (text == null) {
      text = new String(request.payload(), StandardCharsets.UTF_8);
    }
    return text;
  }

  /**
   * The names of what sent the event: the trigger's own detail (an HTTP route key, a schedule expression) and, read
   * from the event, the HTTP route, the buckets, the queues or the schedule rule it names.
   */
  Set<String> resources() {
    Set<String> names = new LinkedHashSet<>();
    names.add(request.trigger().detail());
    JsonNode event = json().orElse(null);
    if (event == null) {
      return names;
    }
    switch (request.trigger().source()) {
      case HTTP -> {
        text(event.path("routeKey")).ifPresent(names::add);
        text(event.path("httpMethod")).ifPresent(method ->
            text(event.path("resource")).ifPresent(resource -> names.add(method + " " + resource)));
      }
      case S3 -> event.path("Records").forEach(r -> text(r.path("s3").path("bucket").path("name")).ifPresent(names::add));
      case SQS -> event.path("Records").forEach(r -> text(r.path("eventSourceARN"))
          .ifPresent(arn -> names.add(arn.substring(arn.lastIndexOf(':') + 1))));
      case SCHEDULE -> event.path("resources").forEach(r -> text(r).ifPresent(arn -> {
        names.add(arn);
        names.add(arn.substring(arn.lastIndexOf('/') + 1));
      }));
      default -> { }
    }
    return names;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
