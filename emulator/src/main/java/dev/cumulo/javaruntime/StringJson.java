package dev.cumulo.javaruntime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The JSON string cases that need no parser: a document that is one plain string literal, and a string to write. Each
 * method gives up (returns null) on anything it does not handle exactly as the serialisation library's Jackson does
 * (escapes, control characters, invalid UTF-8, surrogates, trailing content), and the caller asks Jackson.
 */
final class StringJson {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private StringJson() {}

  /** The string a document of one plain string literal holds, or null. */
  static String decode(byte[] json) {
    int start = skipWhitespace(json, 0);
    if (start == json.length || json[start] != '"') {
      return null;
    }
    int end = start + 1;
    while (end < json.length && json[end] != '"') {
      if (json[end] == '\\' || (json[end] >= 0 && json[end] < 0x20)) {
        return null;
      }
      end++;
    }
    if (end == json.length || skipWhitespace(json, end + 1) != json.length) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json, start + 1, end - start - 1))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The JSON literal for a string, or null when it holds a surrogate. */
  static byte[] encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append((char) HEX[c >> 4]).append((char) HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int skipWhitespace(byte[] json, int from) {
    int i = from;
    while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
      i++;
    }
    return i;
  }
}
