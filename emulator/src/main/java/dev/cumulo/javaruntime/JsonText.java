package dev.cumulo.javaruntime;

/**
 * Builds the small JSON documents the runtime itself writes (error bodies, X-Ray causes, JSON log lines) byte for byte
 * as AWS's runtime writes them with Gson: no whitespace, null members left out, Gson's escaping without HTML escaping.
 * Writing them by hand keeps Gson's start-up cost off every error path.
 */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final StringBuilder out = new StringBuilder(256);
  private final boolean[] first = new boolean[64];
  private int depth;
  private boolean afterName;

  JsonText beginObject() {
    separate();
    out.append('{');
    first[++depth] = true;
    return this;
  }

  JsonText endObject() {
    depth--;
    out.append('}');
    return this;
  }

  JsonText beginArray() {
    separate();
    out.append('[');
    first[++depth] = true;
    return this;
  }

  JsonText endArray() {
    depth--;
    out.append(']');
    return this;
  }

  /** A member with a string value; left out when the value is null, as Gson leaves out null fields. */
  JsonText member(String name, String value) {
    if (value != null) {
      name(name);
      string(value);
    }
    return this;
  }

  JsonText member(String name, int value) {
    name(name);
    separate();
    out.append(value);
    return this;
  }

  JsonText name(String name) {
    separate();
    quote(name);
    out.append(':');
    afterName = true;
    return this;
  }

  JsonText string(String value) {
    separate();
    quote(value);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (first[depth]) {
      first[depth] = false;
    } else {
      out.append(',');
    }
  }

  private void quote(String value) {
    out.append('"');
    escape(value, out);
    out.append('"');
  }

  static void escape(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '\u2028', '\u2029' -> unicodeEscape(c, out);
        default -> {
          if (c < 0x20) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }
}
