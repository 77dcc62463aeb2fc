package dev.cumulo.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads typed values out of a resolved property map, failing with the template location. */
final class Values {
  private final Map<String, Object> map;
  private final Intrinsics intrinsics;
  private final Node at;

  Values(Map<String, Object> map, Intrinsics intrinsics, Node at) {
    this.map = map;
    this.intrinsics = intrinsics;
    this.at = at;
  }

  Map<String, Object> raw() {
    return map;
  }

  Optional<String> string(String key) {
    Object v = map.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Map || v instanceof List) {
      throw intrinsics.error(at, key + " must be a single value");
    }
    return Optional.of(String.valueOf(v));
  }

  Optional<Integer> integer(String key) {
    return string(key)
        .map(
            s -> {
              try {
                return (int) Double.parseDouble(s);
              } catch (NumberFormatException e) {
                throw intrinsics.error(at, key + " must be a number, found '" + s + "'");
              }
            });
  }

  Optional<Boolean> bool(String key) {
    return string(key).map(s -> s.equalsIgnoreCase("true"));
  }

  Values child(String key) {
    Object v = map.get(key);
    if (v == null) {
      return new Values(Map.of(), intrinsics, at);
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw intrinsics.error(at, key + " must be a mapping");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    m.forEach((k, value) -> copy.put(String.valueOf(k), value));
    return new Values(copy, intrinsics, at);
  }

  List<String> strings(String key) {
    Object v = map.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  Map<String, String> stringMap(String key) {
    Map<String, String> out = new LinkedHashMap<>();
    child(key).raw().forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
    return out;
  }

  TemplateException error(String problem) {
    return intrinsics.error(at, problem);
  }
}
