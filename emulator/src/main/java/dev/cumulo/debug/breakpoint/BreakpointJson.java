package dev.cumulo.debug.breakpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.json.Json;
import java.util.Locale;
import java.util.Optional;

/**
 * Breakpoints as JSON, the same in the project's breakpoint file and on the control API. Reading checks every field and
 * says which one is wrong.
 */
public final class BreakpointJson {
  private BreakpointJson() {}

  public static ObjectNode write(Breakpoint breakpoint) {
    ObjectNode o = Json.object().put("id", breakpoint.id());
    if (breakpoint instanceof EventBreakpoint e) {
      o.put("kind", "event").put("enabled", e.enabled());
      e.function().ifPresent(f -> o.put("function", f));
      e.source().ifPresent(s -> o.put("trigger", s.name().toLowerCase(Locale.ROOT)));
      e.resource().ifPresent(r -> o.put("resource", r));
      e.condition().ifPresent(c -> o.set("condition", write(c)));
    } else if (breakpoint instanceof CodeBreakpoint c) {
      o.put("kind", "code").put("enabled", c.enabled()).put("file", c.file()).put("line", c.line());
      c.condition().ifPresent(x -> o.put("condition", x));
      o.put("hitCount", c.hitCount());
      c.logMessage().ifPresent(m -> o.put("log", m));
    }
    return o;
  }

  private static ObjectNode write(EventCondition condition) {
    ObjectNode o = Json.object();
    condition.path().ifPresent(p -> o.put("path", p.text()));
    o.put("op", condition.operator().wireName());
    condition.value().ifPresent(v -> o.set("value", v));
    return o;
  }

  /** A breakpoint from JSON; {@code id} replaces any id in it. */
  public static Breakpoint read(JsonNode json, String id) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("a breakpoint is a JSON object");
    }
    String kind = text(json, "kind").orElseThrow(() -> new IllegalArgumentException("kind is required: event or code"));
    boolean enabled = !json.has("enabled") || json.get("enabled").asBoolean(true);
    return switch (kind) {
      case "event" -> new EventBreakpoint(id, enabled, text(json, "function"), text(json, "trigger").map(BreakpointJson::source),
          text(json, "resource"), json.hasNonNull("condition") ? Optional.of(condition(json.get("condition"))) : Optional.empty());
      case "code" -> new CodeBreakpoint(id, enabled,
          text(json, "file").orElseThrow(() -> new IllegalArgumentException("file is required")),
          integer(json, "line").orElseThrow(() -> new IllegalArgumentException("line is required")),
          text(json, "condition"), integer(json, "hitCount").orElse(1), text(json, "log"));
      default -> throw new IllegalArgumentException("kind must be event or code, not " + kind);
    };
  }

  private static Trigger.Source source(String name) {
    try {
      return Trigger.Source.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("trigger must be one of direct, http, s3, sqs, schedule, replay, retry; not " + name);
    }
  }

  private static EventCondition condition(JsonNode json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("condition is an object: {\"path\":\"$.a.b\",\"op\":\"equals\",\"value\":1}");
    }
    String op = text(json, "op").orElse(json.has("path") ? "equals" : "contains");
    EventCondition.Operator operator = EventCondition.Operator.fromWire(op).orElseThrow(() -> new IllegalArgumentException(
        "condition op must be equals, notEquals, contains, exists, greaterThan or lessThan; not " + op));
    return new EventCondition(text(json, "path").map(JsonPath::parse), operator,
        json.has("value") ? Optional.of(json.get("value")) : Optional.empty());
  }

  private static Optional<String> text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(field + " must be a non-empty string");
    }
    return Optional.of(value.asText());
  }

  private static Optional<Integer> integer(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(field + " must be a whole number");
    }
    return Optional.of(value.asInt());
  }
}
