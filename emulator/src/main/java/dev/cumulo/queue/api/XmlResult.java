package dev.cumulo.queue.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.xml.XmlText;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a result tree as the query protocol's XML: lists and maps are flattened (each element repeated under its
 * singular name), map entries become {@code Name}/{@code Value} (tags {@code Key}/{@code Value}) pairs, text is
 * escaped, carriage returns included, so bodies survive XML parsing unchanged.
 */
final class XmlResult {
  private static final Map<String, String> ELEMENT_NAMES =
      Map.of(
          "Messages", "Message",
          "QueueUrls", "QueueUrl",
          "queueUrls", "QueueUrl",
          "Failed", "BatchResultErrorEntry",
          "Results", "ListMessageMoveTasksResultEntry",
          "StringListValues", "StringListValue",
          "BinaryListValues", "BinaryListValue",
          "Attributes", "Attribute",
          "MessageAttributes", "MessageAttribute",
          "Tags", "Tag");

  private XmlResult() {}

  static void writeMembers(StringBuilder out, String action, JsonNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isArray()) {
        String element = name.equals("Successful") ? action + "ResultEntry" : ELEMENT_NAMES.getOrDefault(name, name);
        for (JsonNode item : value) {
          writeElement(out, action, element, item);
        }
      } else if (value.isObject() && ELEMENT_NAMES.containsKey(name)) {
        String keyName = name.equals("Tags") ? "Key" : "Name";
        for (Iterator<Map.Entry<String, JsonNode>> entries = value.fields(); entries.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = entries.next();
          out.append('<').append(ELEMENT_NAMES.get(name)).append('>');
          writeElement(out, action, keyName, WireJson.MAPPER.getNodeFactory().textNode(entry.getKey()));
          writeElement(out, action, "Value", entry.getValue());
          out.append("</").append(ELEMENT_NAMES.get(name)).append('>');
        }
      } else {
        writeElement(out, action, name, value);
      }
    }
  }

  private static void writeElement(StringBuilder out, String action, String name, JsonNode value) {
    out.append('<').append(name).append('>');
    if (value.isObject()) {
      writeMembers(out, action, value);
    } else {
      XmlText.escape(out, value.asText());
    }
    out.append("</").append(name).append('>');
  }
}
