package dev.cumulo.ui.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Payloads as text: JSON pretty-printed, other UTF-8 text as is, binary as a note of its size. */
public final class JsonText {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonText() {}

  public static String show(byte[] payload) {
    if (payload.length == 0) {
      return "";
    }
    Optional<String> text = utf8(payload);
    if (text.isEmpty()) {
      return "(" + payload.length + " bytes of binary data)";
    }
    return pretty(text.get()).orElse(text.get());
  }

  /** The text pretty-printed, if it is one JSON value. */
  public static Optional<String> pretty(String text) {
    try {
      JsonNode node = PRETTY.readTree(text);
      if (node == null || node.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Why {@code text} is not JSON, in the parser's words, or empty when it is. */
  public static Optional<String> problem(String text) {
    try {
      PRETTY.readTree(text);
      return text.isBlank() ? Optional.of("the event is empty; send {} for an empty object") : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of(e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")");
    }
  }

  public static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
