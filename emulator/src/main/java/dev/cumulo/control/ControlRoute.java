package dev.cumulo.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.edge.ServiceRoute;
import dev.cumulo.edge.SigningScope;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Recorder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code GET /_cumulo/health}, {@code GET /_cumulo/invocations[?function=F&limit=N]} and
 * {@code GET /_cumulo/invocations/{requestId}}; other features add their own paths with {@link #add}.
 */
public final class ControlRoute implements ServiceRoute {
  public static final String PREFIX = "/_cumulo/";

  private final Recorder recorder;
  private final Supplier<ObjectNode> health;
  private final Map<String, HttpHandler> extensions = new ConcurrentHashMap<>();

  public ControlRoute(Recorder recorder, Supplier<ObjectNode> health) {
    this.recorder = recorder;
    this.health = health;
  }

  /** Serves every control path starting with {@code /_cumulo/<segment>} with {@code handler}. */
  public void add(String segment, HttpHandler handler) {
    extensions.put(segment, handler);
  }

  @Override
  public String name() {
    return "control";
  }

  @Override
  public boolean claims(HttpRequest request, Optional<SigningScope> scope) {
    return request.rawPath().startsWith(PREFIX) || request.rawPath().equals("/_cumulo");
  }

  @Override
  public HttpHandler handler() {
    return this::route;
  }

  private void route(HttpRequest request, Exchange exchange) throws Exception {
    String rest = request.path().length() > PREFIX.length() ? request.path().substring(PREFIX.length()) : "";
    String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    if (rest.equals("health")) {
      exchange.respond(HttpResponse.json(200, Json.write(health.get())));
    } else if (segment.equals("invocations") && request.method().equals("GET")) {
      invocations(rest.substring(segment.length()), request, exchange);
    } else if (extensions.containsKey(segment)) {
      extensions.get(segment).handle(request, exchange);
    } else {
      exchange.respond(HttpResponse.json(404, "{\"message\":\"No control operation at " + request.path() + "\"}"));
    }
  }

  private void invocations(String tail, HttpRequest request, Exchange exchange) {
    if (tail.isEmpty() || tail.equals("/")) {
      int limit = request.query().first("limit").map(ControlRoute::positive).orElse(100);
      ArrayNode list = Json.MAPPER.createArrayNode();
      for (InvocationRecord record : recorder.recent(request.query().first("function"), limit)) {
        list.add(InvocationJson.summary(record));
      }
      ObjectNode body = Json.object();
      body.set("invocations", list);
      exchange.respond(HttpResponse.json(200, Json.write(body)));
      return;
    }
    String requestId = tail.substring(1);
    Optional<InvocationRecord> record = recorder.find(requestId);
    if (record.isEmpty()) {
      exchange.respond(HttpResponse.json(404, "{\"message\":\"No invocation with request id " + requestId + "\"}"));
      return;
    }
    exchange.respond(HttpResponse.json(200,
        Json.write(InvocationJson.detail(record.get(), recorder.logs(requestId), recorder.children(requestId)))));
  }

  private static int positive(String value) {
    try {
      return Math.max(1, Math.min(10_000, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
