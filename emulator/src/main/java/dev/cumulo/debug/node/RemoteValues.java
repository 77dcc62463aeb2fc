package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the inspector's remote objects into variables: primitives as JavaScript prints them, strings quoted, objects
 * and arrays with a short preview ({@code {id: 7, total: 42}}, {@code Array(3) [1, 2, 3]}) and a ref to expand them.
 * Refs stand for the inspector's object ids and are valid until the process resumes.
 */
final class RemoteValues {
  private static final int MAX_TEXT = 500;

  private final AtomicLong nextRef = new AtomicLong();
  private final Map<Long, String> objectIds = new ConcurrentHashMap<>();

  void clear() {
    objectIds.clear();
  }

  Optional<String> objectId(long ref) {
    return Optional.ofNullable(objectIds.get(ref));
  }

  /** A ref for a scope or object the debugger lists as a group (closure, module). */
  long refFor(String objectId) {
    long ref = nextRef.incrementAndGet();
    objectIds.put(ref, objectId);
    return ref;
  }

  Variable variable(String name, JsonNode remote) {
    String type = remote.path("type").asText();
    String subtype = remote.path("subtype").asText("");
    long ref = remote.hasNonNull("objectId") && !subtype.equals("null") ? refFor(remote.get("objectId").asText()) : 0;
    return new Variable(name, typeName(type, subtype, remote), display(remote), ref);
  }

  private static String typeName(String type, String subtype, JsonNode remote) {
    if (type.equals("object")) {
      return subtype.equals("null") ? "null" : remote.path("className").asText(subtype.isEmpty() ? "Object" : subtype);
    }
    return type;
  }

  static String display(JsonNode remote) {
    String type = remote.path("type").asText();
    switch (type) {
      case "undefined":
        return "undefined";
      case "string":
        return clip(Json.write(remote.path("value").asText()));
      case "number":
      case "boolean":
      case "bigint":
        return remote.has("unserializableValue") ? remote.get("unserializableValue").asText()
            : remote.has("description") ? remote.get("description").asText() : remote.path("value").asText();
      case "function":
        return "ƒ " + firstLine(remote.path("description").asText());
      case "object":
        if (remote.path("subtype").asText().equals("null")) {
          return "null";
        }
        return remote.has("preview") ? preview(remote.path("description").asText(), remote.get("preview"))
            : clip(remote.path("description").asText());
      default:
        return clip(remote.path("description").asText(remote.path("value").asText()));
    }
  }

  private static String preview(String description, JsonNode preview) {
    List<String> parts = new ArrayList<>();
    boolean array = preview.path("subtype").asText().equals("array");
    for (JsonNode p : preview.path("properties")) {
      String value = p.path("type").asText().equals("string") ? Json.write(p.path("value").asText()) : p.path("value").asText();
      parts.add(array ? value : p.path("name").asText() + ": " + value);
    }
    for (JsonNode e : preview.path("entries")) {
      String key = e.has("key") ? e.get("key").path("description").asText() + " => " : "";
      parts.add(key + e.path("value").path("description").asText());
    }
    String more = preview.path("overflow").asBoolean() ? ", …" : "";
    String body = String.join(", ", parts) + more;
    boolean plainObject = description.equals("Object");
    if (array) {
      return clip(description + " [" + body + "]");
    }
    return clip((plainObject ? "" : description + " ") + "{" + body + "}");
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return clip(newline < 0 ? text : text.substring(0, newline));
  }

  private static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }
}
