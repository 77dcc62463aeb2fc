package dev.cumulo.debug.breakpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSONPath: {@code $}, {@code .name}, {@code ['name']}, {@code [2]} and {@code [*]} (every element or member),
 * enough to point into an event ({@code $.Records[*].s3.object.key}). Finds every node the path reaches.
 */
public record JsonPath(String text, List<Step> steps) {

  /** One step down: a member name, an index, or every child. */
  public record Step(String name, int index, boolean wildcard) {}

  public static JsonPath parse(String text) {
    String path = text.strip();
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("A JSON path starts with $: " + text);
    }
    List<Step> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i + 1, end);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("Empty name in JSON path " + text);
        }
        steps.add(name.equals("*") ? new Step("", -1, true) : new Step(name, -1, false));
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("Unclosed [ in JSON path " + text);
        }
        steps.add(bracket(path.substring(i + 1, end).strip(), text));
        i = end + 1;
      } else {
        throw new IllegalArgumentException("Unexpected '" + c + "' in JSON path " + text);
      }
    }
    return new JsonPath(path, List.copyOf(steps));
  }

  private static Step bracket(String inside, String text) {
    if (inside.equals("*")) {
      return new Step("", -1, true);
    }
    if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'") || inside.startsWith("\"") && inside.endsWith("\""))) {
      return new Step(inside.substring(1, inside.length() - 1), -1, false);
    }
    try {
      return new Step("", Integer.parseInt(inside), false);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not an index or a quoted name: [" + inside + "] in JSON path " + text);
    }
  }

  /** Every node the path reaches in {@code root}; empty when it reaches none. */
  public List<JsonNode> find(JsonNode root) {
    List<JsonNode> current = List.of(root);
    for (Step step : steps) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        if (step.wildcard()) {
          node.elements().forEachRemaining(next::add);
        } else if (step.index() >= 0) {
          JsonNode child = node.isArray() ? node.get(step.index()) : null;
          if (child != null) {
            next.add(child);
          }
        } else if (node.isObject() && node.has(step.name())) {
          next.add(node.get(step.name()));
        }
      }
      current = next;
    }
    return current;
  }
}
