package dev.cumulo.cost.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON of one catalogue or override file and answers questions about it with errors that name the file,
 * the line of a syntax error, and the path of the entry at fault ({@code meters.lambda.requests.price}).
 */
final class JsonFile {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String name;
  private final JsonNode root;

  private JsonFile(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  static JsonFile parse(String name, String text) {
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || !root.isObject()) {
        throw new CatalogException(name, 1, "expected a JSON object");
      }
      return new JsonFile(name, root);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new CatalogException(name, line, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  /** The path of a field: {@code meters.m.price}, or just {@code region} at the top. */
  static String at(String path, String field) {
    return path.equals("$") ? field : path + "." + field;
  }

  CatalogException problem(String path, String problem) {
    return new CatalogException(name, 0, path + ": " + problem);
  }

  String text(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw problem(at(path, field), "expected a non-empty string");
    }
    return node.asText();
  }

  Optional<String> optionalText(JsonNode parent, String field, String path) {
    return parent.has(field) ? Optional.of(text(parent, field, path)) : Optional.empty();
  }

  /** A number written as a JSON number or a string ("0.0000166667"), kept exact. */
  BigDecimal decimal(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    String at = at(path, field);
    if (node == null || !(node.isNumber() || node.isTextual())) {
      throw problem(at, "expected a number");
    }
    try {
      return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
    } catch (NumberFormatException e) {
      throw problem(at, "'" + node.asText() + "' is not a number");
    }
  }

  BigDecimal nonNegative(JsonNode parent, String field, String path) {
    BigDecimal value = decimal(parent, field, path);
    if (value.signum() < 0) {
      throw problem(at(path, field), "must not be negative, was " + value.toPlainString());
    }
    return value;
  }

  JsonNode object(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isObject()) {
      throw problem(at(path, field), "expected an object");
    }
    return node;
  }

  JsonNode array(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw problem(at(path, field), "expected a non-empty array");
    }
    return node;
  }

  List<String> texts(JsonNode parent, String field, String path) {
    List<String> values = new ArrayList<>();
    if (!parent.has(field)) {
      return values;
    }
    JsonNode array = array(parent, field, path);
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) {
        throw problem(at(path, field) + "[" + i + "]", "expected a string");
      }
      values.add(array.get(i).asText());
    }
    return values;
  }
}
