package dev.cumulo.debug.java;

import java.util.function.UnaryOperator;

/** A logpoint's message: each {@code {expression}} replaced by its value, the rest kept as written. */
final class LogTemplate {
  private LogTemplate() {}

  static String format(String template, UnaryOperator<String> value) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        out.append(value.apply(template.substring(i + 1, close).strip()));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
