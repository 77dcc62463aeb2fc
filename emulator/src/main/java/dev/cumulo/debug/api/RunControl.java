package dev.cumulo.debug.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.debug.Debugger;
import dev.cumulo.debug.event.StepScope;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The run-control half of the debugger's control API: held events ({@code events/...}: continue, step, drop) and
 * paused invocations ({@code paused/...}: stack, variables, continue, step).
 */
final class RunControl {
  private final Debugger debugger;

  RunControl(Debugger debugger) {
    this.debugger = debugger;
  }

  ObjectNode events(DebugOp op) {
    if (op.is("GET", 1)) {
      ObjectNode o = Json.object();
      o.set("events", DebugJson.events(debugger.events().held()));
      return o;
    }
    String id = op.part(1);
    if (op.parts().size() == 2 && op.method().equals("GET")) {
      return DebugJson.event(debugger.events().held(id).orElseThrow(() -> DebugError.NOT_FOUND.exception("No held event " + id)));
    }
    if (op.parts().size() == 3) {
      op.is("POST", 3);
      JsonNode json = op.json();
      Optional<byte[]> payload = json.has("payload") ? Optional.of(Json.write(json.get("payload")).getBytes(StandardCharsets.UTF_8))
          : Optional.empty();
      switch (op.part(2)) {
        case "continue" -> debugger.events().resume(id, payload);
        case "drop" -> debugger.events().drop(id);
        case "step" -> debugger.events().step(id, payload, scope(json, id));
        default -> throw DebugError.NOT_FOUND.exception("Held events can continue, step or drop, not " + op.part(2));
      }
      return Json.object().put("id", id).put("action", op.part(2));
    }
    throw DebugError.NOT_FOUND.exception("No debugger operation at events/" + String.join("/", op.parts()));
  }

  private StepScope scope(JsonNode json, String holdId) {
    String scope = json.path("scope").asText("function");
    if (scope.equals("any")) {
      return StepScope.anyFunction();
    }
    if (!scope.equals("function")) {
      throw DebugError.INVALID.exception("scope is function (the next event to the same function) or any");
    }
    String function = debugger.events().held(holdId).orElseThrow(() -> DebugError.NOT_FOUND.exception("No held event " + holdId))
        .function();
    return StepScope.sameFunction(function);
  }

  ObjectNode paused(DebugOp op) {
    if (op.is("GET", 1)) {
      ObjectNode o = Json.object();
      o.set("paused", DebugJson.pausedList(debugger.code().paused()));
      return o;
    }
    String id = op.part(1);
    if (op.parts().size() == 2 && op.method().equals("GET")) {
      return DebugJson.paused(debugger.code().paused(id)
          .orElseThrow(() -> DebugError.NOT_FOUND.exception("No paused invocation " + id)));
    }
    if (op.parts().size() == 3) {
      op.is("POST", 3);
      switch (op.part(2)) {
        case "continue" -> debugger.code().resume(id);
        case "step" -> debugger.code().step(id, stepKind(op.json()));
        default -> throw DebugError.NOT_FOUND.exception("Paused invocations can continue or step, not " + op.part(2));
      }
      return Json.object().put("id", id).put("action", op.part(2));
    }
    if (op.parts().size() == 5 && op.part(2).equals("frames") && op.part(4).equals("variables") && op.is("GET", 5)) {
      ObjectNode o = Json.object();
      o.set("variables", DebugJson.variables(debugger.code().variables(id, number(op.part(3)))));
      return o;
    }
    if (op.parts().size() == 4 && op.part(2).equals("variables") && op.is("GET", 4)) {
      ObjectNode o = Json.object();
      o.set("variables", DebugJson.variables(debugger.code().children(id, number(op.part(3)))));
      return o;
    }
    throw DebugError.NOT_FOUND.exception("No debugger operation at paused/" + String.join("/", op.parts()));
  }

  private static StepKind stepKind(JsonNode json) {
    String kind = json.path("kind").asText("over");
    try {
      return StepKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DebugError.INVALID.exception("kind is over, into or out; not " + kind);
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw DebugError.INVALID.exception("Not a number: " + text);
    }
  }
}
