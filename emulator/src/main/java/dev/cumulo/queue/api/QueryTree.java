package dev.cumulo.queue.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns query-protocol parameters into the JSON protocol's request tree, so one set of request records serves both.
 * Flattened lists ({@code AttributeName.1}) become arrays under their JSON member name ({@code AttributeNames}) and
 * flattened maps ({@code Attribute.1.Name}, {@code Attribute.1.Value}) become objects, as the SQS service model names
 * them.
 */
final class QueryTree {
  private record Member(String jsonName, String keyName, String valueName) {
    boolean isMap() {
      return keyName != null;
    }
  }

  private static final Map<String, Member> FLATTENED =
      Map.ofEntries(
          Map.entry("Attribute", new Member("Attributes", "Name", "Value")),
          Map.entry("MessageAttribute", new Member("MessageAttributes", "Name", "Value")),
          Map.entry("MessageSystemAttribute", new Member("MessageSystemAttributes", "Name", "Value")),
          Map.entry("Tag", new Member("Tags", "Key", "Value")),
          Map.entry("AttributeName", new Member("AttributeNames", null, null)),
          Map.entry("MessageAttributeName", new Member("MessageAttributeNames", null, null)),
          Map.entry("MessageSystemAttributeName", new Member("MessageSystemAttributeNames", null, null)),
          Map.entry("TagKey", new Member("TagKeys", null, null)),
          Map.entry("SendMessageBatchRequestEntry", new Member("Entries", null, null)),
          Map.entry("DeleteMessageBatchRequestEntry", new Member("Entries", null, null)),
          Map.entry("ChangeMessageVisibilityBatchRequestEntry", new Member("Entries", null, null)),
          Map.entry("StringListValue", new Member("StringListValues", null, null)),
          Map.entry("BinaryListValue", new Member("BinaryListValues", null, null)),
          Map.entry("AWSAccountId", new Member("AWSAccountIds", null, null)),
          Map.entry("ActionName", new Member("Actions", null, null)));

  private QueryTree() {}

  /** {@code params} maps dotted names to values, without Action, Version and signature parameters. */
  static ObjectNode build(Map<String, String> params) {
    ObjectNode out = WireJson.MAPPER.createObjectNode();
    Map<String, Map<String, String>> byHead = new LinkedHashMap<>();
    params.forEach((name, value) -> {
      int dot = name.indexOf('.');
      String head = dot < 0 ? name : name.substring(0, dot);
      byHead.computeIfAbsent(head, h -> new LinkedHashMap<>()).put(dot < 0 ? "" : name.substring(dot + 1), value);
    });
    byHead.forEach((head, rest) -> {
      Member member = FLATTENED.get(head);
      if (member != null) {
        addFlattened(out, member, rest);
      } else if (rest.containsKey("")) {
        out.put(head, rest.get(""));
      } else {
        out.set(head, build(rest));
      }
    });
    return out;
  }

  private static void addFlattened(ObjectNode out, Member member, Map<String, String> rest) {
    TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
    rest.forEach((name, value) -> {
      int dot = name.indexOf('.');
      String index = dot < 0 ? name : name.substring(0, dot);
      if (!index.matches("\\d{1,6}")) {
        return;
      }
      byIndex.computeIfAbsent(Integer.parseInt(index), i -> new LinkedHashMap<>()).put(dot < 0 ? "" : name.substring(dot + 1), value);
    });
    if (member.isMap()) {
      ObjectNode map = out.has(member.jsonName()) ? (ObjectNode) out.get(member.jsonName()) : out.putObject(member.jsonName());
      for (Map<String, String> entry : byIndex.values()) {
        ObjectNode fields = build(entry);
        JsonNode key = fields.get(member.keyName());
        if (key != null && key.isTextual()) {
          JsonNode value = fields.get(member.valueName());
          map.set(key.asText(), value == null ? WireJson.MAPPER.getNodeFactory().nullNode() : value);
        }
      }
      return;
    }
    ArrayNode list = out.has(member.jsonName()) ? (ArrayNode) out.get(member.jsonName()) : out.putArray(member.jsonName());
    for (Map<String, String> element : byIndex.values()) {
      if (element.containsKey("")) {
        list.add(element.get(""));
      } else {
        list.add(build(element));
      }
    }
  }
}
