package dev.cumulo.debug.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.BreakpointJson;
import dev.cumulo.debug.model.DebugSnapshot;
import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.debug.model.HeldEvent;
import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.debug.model.SourceLocation;
import dev.cumulo.debug.model.StackFrame;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.debug.model.Watch;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The debugger's JSON shapes on the control API. */
final class DebugJson {
  private DebugJson() {}

  static ObjectNode snapshot(DebugSnapshot snapshot, long version) {
    ObjectNode o = Json.object().put("version", version);
    ArrayNode functions = o.putArray("functions");
    snapshot.functions().forEach(f -> functions.add(function(f)));
    o.set("breakpoints", breakpoints(snapshot.breakpoints()));
    ArrayNode watches = o.putArray("watches");
    snapshot.watches().forEach(watches::add);
    o.set("events", events(snapshot.heldEvents()));
    o.set("paused", pausedList(snapshot.paused()));
    return o;
  }

  static ObjectNode function(FunctionDebugState f) {
    return Json.object().put("function", f.function()).put("runtime", f.runtime()).put("codeDebuggable", f.codeDebuggable())
        .put("debugging", f.debugging()).put("breakOnError", f.breakOnError()).put("attachedInstances", f.attachedInstances());
  }

  static ArrayNode breakpoints(List<Breakpoint> breakpoints) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    breakpoints.forEach(b -> list.add(BreakpointJson.write(b)));
    return list;
  }

  static ArrayNode events(List<HeldEvent> events) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    events.forEach(e -> list.add(event(e)));
    return list;
  }

  static ObjectNode event(HeldEvent e) {
    ObjectNode o = Json.object().put("id", e.id()).put("requestId", e.requestId()).put("function", e.function());
    o.putObject("trigger").put("source", e.trigger().source().name().toLowerCase(Locale.ROOT)).put("detail", e.trigger().detail());
    o.put("invocationType", e.type().wireName()).put("attempt", e.attempt())
        .put("reason", e.reason().name().toLowerCase(Locale.ROOT));
    e.breakpointId().ifPresentOrElse(id -> o.put("breakpointId", id), () -> o.putNull("breakpointId"));
    o.put("heldAt", time(e.heldAtMicros()));
    o.set("payload", payload(e.payload()));
    if (e.errorType().isPresent()) {
      o.putObject("error").put("errorType", e.errorType().get()).set("payload", payload(e.errorPayload().orElse(new byte[0])));
    }
    return o;
  }

  static ArrayNode pausedList(List<PausedInvocation> paused) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    paused.forEach(p -> list.add(paused(p)));
    return list;
  }

  static ObjectNode paused(PausedInvocation p) {
    ObjectNode o = Json.object().put("requestId", p.requestId()).put("function", p.function())
        .put("instanceId", p.instanceId()).put("runtime", p.runtime()).put("reason", p.reason());
    p.breakpointId().ifPresentOrElse(id -> o.put("breakpointId", id), () -> o.putNull("breakpointId"));
    o.set("location", location(p.location()));
    o.put("pausedAt", time(p.pausedAtMicros()));
    ArrayNode frames = o.putArray("frames");
    for (StackFrame f : p.frames()) {
      frames.addObject().put("index", f.index()).put("name", f.name()).setAll(location(f.location()));
    }
    o.set("variables", variables(p.variables()));
    ArrayNode watches = o.putArray("watches");
    for (Watch w : p.watches()) {
      ObjectNode item = watches.addObject().put("expression", w.expression());
      w.value().ifPresent(v -> item.set("value", variable(v)));
      w.error().ifPresent(error -> item.put("error", error));
    }
    return o;
  }

  private static ObjectNode location(SourceLocation location) {
    return Json.object().put("file", location.file()).put("line", location.line());
  }

  static ArrayNode variables(List<Variable> variables) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    variables.forEach(v -> list.add(variable(v)));
    return list;
  }

  private static ObjectNode variable(Variable v) {
    return Json.object().put("name", v.name()).put("type", v.type()).put("value", v.value()).put("ref", v.ref());
  }

  /** A payload as JSON when it is JSON, else as {@code {"text": ..., "base64": ...}}. */
  static JsonNode payload(byte[] bytes) {
    try {
      JsonNode json = Json.MAPPER.readTree(bytes);
      if (json != null && !json.isMissingNode()) {
        return json;
      }
    } catch (IOException e) {
      // not JSON: shown as text below
    }
    return Json.object().put("text", new String(bytes, StandardCharsets.UTF_8))
        .put("base64", Base64.getEncoder().encodeToString(bytes));
  }

  private static String time(long micros) {
    return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000).toString();
  }
}
