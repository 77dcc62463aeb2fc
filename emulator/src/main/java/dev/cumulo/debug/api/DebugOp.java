package dev.cumulo.debug.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.debug.model.DebugError;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.util.List;

/** One control API request to the debugger: its method, its path below {@code /_cumulo/debug} and its body. */
record DebugOp(String method, List<String> parts, byte[] body) {
  String part(int i) {
    return i < parts.size() ? parts.get(i) : "";
  }

  /** Whether the path has {@code size} parts; when it has, the method must be {@code verb}. */
  boolean is(String verb, int size) {
    if (parts.size() != size) {
      return false;
    }
    if (!method.equals(verb)) {
      throw DebugError.INVALID.exception("Use " + verb + " on " + String.join("/", parts));
    }
    return true;
  }

  JsonNode json() {
    if (body.length == 0) {
      return Json.object();
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw DebugError.INVALID.exception("The request body is not JSON: " + e.getMessage());
    }
  }
}
