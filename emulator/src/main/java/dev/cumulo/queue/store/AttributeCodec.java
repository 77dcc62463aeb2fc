package dev.cumulo.queue.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.store.StoreException;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Message attributes and string maps as the JSON text stored in a column. */
final class AttributeCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AttributeCodec() {}

  /** Null when there are no attributes, so most rows store nothing. */
  static String encodeAttributes(Map<String, MessageAttribute> attributes) {
    if (attributes.isEmpty()) {
      return null;
    }
    ObjectNode root = JSON.createObjectNode();
    attributes.forEach(
        (name, value) -> {
          ObjectNode node = root.putObject(name);
          node.put("t", value.dataType());
          if (value.binaryValue() != null) {
            node.put("b", Base64.getEncoder().encodeToString(value.binaryValue()));
          } else {
            node.put("s", value.stringValue());
          }
        });
    return root.toString();
  }

  static Map<String, MessageAttribute> decodeAttributes(String text) {
    if (text == null) {
      return Map.of();
    }
    Map<String, MessageAttribute> out = new TreeMap<>();
    JsonNode root = parse(text);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode node = e.getValue();
      String type = node.get("t").asText();
      out.put(
          e.getKey(),
          node.has("b")
              ? MessageAttribute.binary(type, Base64.getDecoder().decode(node.get("b").asText()))
              : MessageAttribute.string(type, node.get("s").asText()));
    }
    return out;
  }

  static String encodeMap(Map<String, String> values) {
    ObjectNode root = JSON.createObjectNode();
    values.forEach(root::put);
    return root.toString();
  }

  static Map<String, String> decodeMap(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    parse(text).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new StoreException("Damaged JSON in sqs.db: " + e.getMessage(), e);
    }
  }
}
