package dev.cumulo.triggers.http;

import dev.cumulo.http.UrlCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route's path template: literal segments, path variables ({@code {id}}) and, last, at most one greedy variable
 * ({@code {proxy+}}) that takes one or more segments.
 */
public record PathPattern(String text, List<Segment> segments) {

  /** One segment of a template, ranked by how specific it is when routes compete for a request. */
  public sealed interface Segment permits Literal, Variable, Greedy {
    int specificity();
  }

  public record Literal(String value) implements Segment {
    @Override
    public int specificity() {
      return 2;
    }
  }

  public record Variable(String name) implements Segment {
    @Override
    public int specificity() {
      return 1;
    }
  }

  public record Greedy(String name) implements Segment {
    @Override
    public int specificity() {
      return 0;
    }
  }

  public PathPattern {
    segments = List.copyOf(segments);
  }

  /** Parses a template; the message of the exception says what is wrong with it. */
  public static PathPattern parse(String text) {
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("path " + text + " must start with /");
    }
    List<Segment> segments = new ArrayList<>();
    List<String> parts = split(text);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (part.startsWith("{") && part.endsWith("}")) {
        String name = part.substring(1, part.length() - 1);
        boolean greedy = name.endsWith("+");
        name = greedy ? name.substring(0, name.length() - 1) : name;
        if (!name.matches("[A-Za-z0-9._-]+")) {
          throw new IllegalArgumentException("path " + text + " has an invalid variable " + part);
        }
        if (greedy && i != parts.size() - 1) {
          throw new IllegalArgumentException("path " + text + ": the greedy variable " + part + " must be the last segment");
        }
        segments.add(greedy ? new Greedy(name) : new Variable(name));
      } else if (part.contains("{") || part.contains("}")) {
        throw new IllegalArgumentException("path " + text + ": a variable must be a whole segment, not " + part);
      } else {
        segments.add(new Literal(part));
      }
    }
    return new PathPattern(text, segments);
  }

  /** The decoded path variables when {@code rawPath} matches, in template order. */
  public Optional<Map<String, String>> match(String rawPath) {
    List<String> parts = split(rawPath);
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (segment instanceof Greedy greedy) {
        if (i >= parts.size()) {
          return Optional.empty();
        }
        List<String> rest = parts.subList(i, parts.size()).stream().map(UrlCodec::decodePath).toList();
        variables.put(greedy.name(), String.join("/", rest));
        return Optional.of(variables);
      }
      if (i >= parts.size()) {
        return Optional.empty();
      }
      String value = UrlCodec.decodePath(parts.get(i));
      if (segment instanceof Literal literal && !literal.value().equals(value)) {
        return Optional.empty();
      }
      if (segment instanceof Variable variable) {
        if (value.isEmpty()) {
          return Optional.empty();
        }
        variables.put(variable.name(), value);
      }
    }
    return parts.size() == segments.size() ? Optional.of(variables) : Optional.empty();
  }

  /**
   * Orders two templates that both match a request: at the first segment where they differ, a literal beats a
   * variable and a variable beats a greedy variable. Positive when this one is more specific.
   */
  public int compareSpecificity(PathPattern other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      int diff = segments.get(i).specificity() - other.segments.get(i).specificity();
      if (diff != 0) {
        return diff;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  private static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/", -1)) {
      parts.add(part);
    }
    parts.remove(0);
    if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }
}
