package dev.cumulo.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decoded query parameters in the order sent; a name without '=' has the empty value. */
public final class QueryString {
  private final Map<String, List<String>> values;

  private QueryString(Map<String, List<String>> values) {
    this.values = values;
  }

  public static QueryString parse(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = UrlCodec.decodeQueryComponent(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : UrlCodec.decodeQueryComponent(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new QueryString(values);
  }

  public Optional<String> first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }
}
