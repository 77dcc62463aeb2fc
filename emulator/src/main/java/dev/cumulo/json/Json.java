package dev.cumulo.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/** The one Jackson mapper Cumulo's services share, and small JSON helpers. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write JSON", e);
    }
  }

  /** Checks that {@code bytes} hold exactly one JSON value; the parser's message when they do not. */
  public static Optional<String> problem(byte[] bytes) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.of("No content to map due to end-of-input");
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return Optional.of("Unexpected content after the JSON value at " + parser.currentLocation().getCharOffset());
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.getMessage());
    }
  }
}
