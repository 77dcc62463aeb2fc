package dev.cumulo.xml;

/** Text and attribute values as AWS's XML APIs write them. */
public final class XmlText {
  private XmlText() {}

  /** Appends {@code text} escaped: markup characters as entities, control characters other than tab and newline as character references. */
  public static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n') {
            out.append("&#x").append(Integer.toHexString(c).toUpperCase()).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
