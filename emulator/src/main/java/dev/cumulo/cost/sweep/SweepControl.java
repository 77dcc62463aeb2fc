package dev.cumulo.cost.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.cost.catalog.CatalogException;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Recorder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /_cumulo/cost/sweep} with {@code {"function": F, "requestId": ID | "event": {...}, "sizes": [128, ...],
 * "repetitions": N}}: runs the sweep and answers its JSON ({@link SweepJson}). The event is a recorded invocation's
 * request (the function defaults to that invocation's) or given inline. One sweep at a time: a second gets 409, since
 * two would compete for the CPU they measure.
 */
public final class SweepControl implements HttpHandler {
  private static final String PATH = "/_cumulo/cost/sweep";
  private static final Set<String> FIELDS = Set.of("function", "requestId", "event", "sizes", "repetitions");

  private final SweepRunner runner;
  private final Recorder recorder;
  private final ReentrantLock running = new ReentrantLock();

  public SweepControl(SweepRunner runner, Recorder recorder) {
    this.runner = runner;
    this.recorder = recorder;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) {
    byte[] body = request.body().bytes();
    request.body().release();
    if (!request.path().equals(PATH)) {
      exchange.respond(message(404, "No cost operation at " + request.path()));
      return;
    }
    if (!request.method().equals("POST")) {
      exchange.respond(message(405, "Use POST here").header("Allow", "POST"));
      return;
    }
    if (!running.tryLock()) {
      exchange.respond(message(409, "A memory sweep is already running; one at a time, so they do not share the CPU"));
      return;
    }
    try {
      SweepReport report = runner.run(parse(body));
      exchange.respond(HttpResponse.json(200, Json.write(SweepJson.render(report))));
    } catch (IllegalArgumentException | CatalogException e) {
      exchange.respond(message(400, e.getMessage()));
    } catch (NoSuchElementException e) {
      exchange.respond(message(404, e.getMessage()));
    } catch (IllegalStateException e) {
      exchange.respond(message(409, e.getMessage()));
    } finally {
      running.unlock();
    }
  }

  private SweepRequest parse(byte[] body) {
    Json.problem(body).ifPresent(problem -> {
      throw new IllegalArgumentException("The body is not JSON: " + problem);
    });
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("The body is not JSON: " + e.getMessage());
    }
    if (!json.isObject()) {
      throw new IllegalArgumentException("The body must be a JSON object with function, requestId or event, sizes, repetitions");
    }
    json.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("Unknown field " + name + "; expected " + FIELDS);
      }
    });
    if (json.has("requestId") == json.has("event")) {
      throw new IllegalArgumentException("Give either requestId (a recorded invocation's event) or event, not both");
    }
    String function = text(json, "function");
    byte[] event;
    if (json.has("requestId")) {
      String requestId = text(json, "requestId");
      InvocationRecord captured = recorder.find(requestId)
          .orElseThrow(() -> new NoSuchElementException("No invocation with request id " + requestId));
      event = captured.request();
      function = function.isEmpty() ? captured.function() : function;
    } else {
      event = Json.write(json.get("event")).getBytes(StandardCharsets.UTF_8);
    }
    if (function.isEmpty()) {
      throw new IllegalArgumentException("function is required with an inline event");
    }
    return new SweepRequest(function, event, sizes(json.get("sizes")), repetitions(json.get("repetitions")));
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null) {
      return "";
    }
    if (!value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(field + " must be a non-empty string");
    }
    return value.asText();
  }

  private static List<Integer> sizes(JsonNode value) {
    if (value == null) {
      return SweepRequest.DEFAULT_SIZES;
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("sizes must be an array of memory sizes in MB");
    }
    List<Integer> sizes = new ArrayList<>();
    for (JsonNode size : value) {
      if (!size.isIntegralNumber() || !size.canConvertToInt()) {
        throw new IllegalArgumentException("sizes must be whole numbers of MB, got " + size);
      }
      sizes.add(size.asInt());
    }
    return sizes;
  }

  private static int repetitions(JsonNode value) {
    if (value == null) {
      return SweepRequest.DEFAULT_REPETITIONS;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException("repetitions must be a whole number, got " + value);
    }
    return value.asInt();
  }

  private static HttpResponse message(int status, String text) {
    return HttpResponse.json(status, Json.write(Json.object().put("message", text)));
  }
}
