package dev.cumulo.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonHighlighterTest {
  @Test
  void keysStringsNumbersAndLiteralsGetTheirStyles() {
    List<String> styles = new ArrayList<>();
    JsonHighlighter.highlight("{\"a\": \"b\", \"n\": 1.5, \"t\": true}")
        .forEach(span -> styles.add(span.getStyle().isEmpty() ? "-" : span.getStyle().iterator().next()));

    assertEquals(List.of("json-punct", "json-key", "json-punct", "-", "json-string", "json-punct", "-", "json-key",
        "json-punct", "-", "json-number", "json-punct", "-", "json-key", "json-punct", "-", "json-literal", "json-punct"),
        styles);
  }

  @Test
  void deepLongBlocksFoldOutermostFirst() {
    StringBuilder json = new StringBuilder("{\n  \"a\" : {\n    \"b\" : [\n");
    for (int i = 0; i < 20; i++) {
      json.append("      ").append(i).append(i < 19 ? ",\n" : "\n");
    }
    json.append("    ]\n  }\n}");

    assertEquals(List.of(new JsonHighlighter.Fold(3, 22)), JsonHighlighter.folds(json.toString(), 2, 8));
  }
}
