package dev.cumulo.debug.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.debug.Debugger;
import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.BreakpointJson;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.DebugException;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The debugger on the control API, {@code /_cumulo/debug/...}: functions, breakpoints, watches, held events and paused
 * invocations (see the README's Debugger section for every path). Runs on edge worker threads; commands to a paused
 * process wait for it to take them.
 */
public final class DebugRoute implements HttpHandler {
  public static final String SEGMENT = "debug";
  private static final String PREFIX = "/_cumulo/" + SEGMENT;
  private static final long MAX_WAIT_MILLIS = 60_000;

  private final Debugger debugger;
  private final ChangeWaiters changes;
  private final RunControl runs;

  public DebugRoute(Debugger debugger, ScheduledExecutorService timer) {
    this.debugger = debugger;
    this.changes = new ChangeWaiters(timer);
    this.runs = new RunControl(debugger);
    debugger.subscribe(changes);
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) {
    byte[] body = request.body().bytes();
    request.body().release();
    String rest = request.path().substring(PREFIX.length());
    List<String> parts = new ArrayList<>();
    for (String part : rest.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    try {
      if (parts.isEmpty()) {
        snapshot(request, exchange);
        return;
      }
      DebugOp op = new DebugOp(request.method(), parts, body);
      ObjectNode answer = switch (parts.get(0)) {
        case "functions" -> functions(op);
        case "breakpoints" -> breakpoints(op);
        case "watches" -> watches(op);
        case "events" -> runs.events(op);
        case "paused" -> runs.paused(op);
        default -> throw DebugError.NOT_FOUND.exception("No debugger operation at " + request.path());
      };
      int status = answer.has("httpStatus") ? answer.remove("httpStatus").asInt() : 200;
      exchange.respond(status == 204 ? HttpResponse.status(204) : HttpResponse.json(status, Json.write(answer)));
    } catch (DebugException e) {
      exchange.respond(error(e.error().status(), e.getMessage()));
    } catch (IllegalArgumentException e) {
      exchange.respond(error(400, e.getMessage()));
    } catch (RuntimeException e) {
      exchange.respond(error(500, e.toString()));
    }
  }

  private void snapshot(HttpRequest request, Exchange exchange) {
    Optional<Long> seen = request.query().first("wait").map(Long::parseLong);
    if (seen.isEmpty()) {
      exchange.respond(HttpResponse.json(200, Json.write(DebugJson.snapshot(debugger.snapshot(), changes.version()))));
      return;
    }
    long timeout = Math.min(MAX_WAIT_MILLIS, request.query().first("timeout").map(Long::parseLong).orElse(20_000L));
    changes.after(seen.get(), timeout).thenAccept(version ->
        exchange.respond(HttpResponse.json(200, Json.write(DebugJson.snapshot(debugger.snapshot(), version)))));
  }

  private ObjectNode functions(DebugOp op) {
    if (op.is("GET", 1)) {
      ObjectNode o = Json.object();
      var list = o.putArray("functions");
      debugger.functions().forEach(f -> list.add(DebugJson.function(f)));
      return o;
    }
    String name = op.part(1);
    if (op.parts().size() == 2 && op.method().equals("GET")) {
      return DebugJson.function(debugger.function(name));
    }
    if (op.is("PUT", 2)) {
      JsonNode json = op.json();
      if (json.has("debugging")) {
        debugger.setDebugging(name, bool(json, "debugging"));
      }
      if (json.has("breakOnError")) {
        debugger.setBreakOnError(name, bool(json, "breakOnError"));
      }
      return DebugJson.function(debugger.function(name));
    }
    throw DebugError.NOT_FOUND.exception("No debugger operation at functions/" + String.join("/", op.parts()));
  }

  private ObjectNode breakpoints(DebugOp op) {
    if (op.parts().size() == 1) {
      if (op.method().equals("GET")) {
        ObjectNode o = Json.object();
        o.set("breakpoints", DebugJson.breakpoints(debugger.breakpoints()));
        return o;
      }
      op.is("POST", 1);
      Breakpoint added = debugger.addBreakpoint(BreakpointJson.read(op.json(), "new"));
      return BreakpointJson.write(added).put("httpStatus", 201);
    }
    String id = op.part(1);
    if (op.parts().size() == 2) {
      switch (op.method()) {
        case "GET":
          return BreakpointJson.write(debugger.breakpoint(id));
        case "DELETE":
          debugger.removeBreakpoint(id);
          return Json.object().put("httpStatus", 204);
        case "PUT":
          JsonNode json = op.json();
          Breakpoint changed = json.has("kind") ? debugger.replaceBreakpoint(id, BreakpointJson.read(json, id))
              : debugger.enableBreakpoint(id, bool(json, "enabled"));
          return BreakpointJson.write(changed);
        default:
          throw DebugError.INVALID.exception("Use GET, PUT or DELETE on breakpoints/" + id);
      }
    }
    throw DebugError.NOT_FOUND.exception("No debugger operation at breakpoints/" + String.join("/", op.parts()));
  }

  private ObjectNode watches(DebugOp op) {
    if (op.parts().size() == 1 && op.method().equals("PUT")) {
      List<String> expressions = new ArrayList<>();
      JsonNode list = op.json().path("watches");
      if (!list.isArray()) {
        throw DebugError.INVALID.exception("watches is a list of expressions: {\"watches\":[\"order.total\"]}");
      }
      list.forEach(w -> expressions.add(w.asText()));
      debugger.setWatches(expressions);
    } else {
      op.is("GET", 1);
    }
    ObjectNode o = Json.object();
    debugger.watches().forEach(o.putArray("watches")::add);
    return o;
  }

  private static boolean bool(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isBoolean()) {
      throw DebugError.INVALID.exception(field + " must be true or false");
    }
    return value.asBoolean();
  }

  private static HttpResponse error(int status, String message) {
    return HttpResponse.json(status, Json.write(Json.object().put("message", message)));
  }
}
