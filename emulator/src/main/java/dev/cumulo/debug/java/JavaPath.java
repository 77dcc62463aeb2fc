package dev.cumulo.debug.java;

import java.util.ArrayList;
import java.util.List;

/**
 * A variable or field path, what Java watches, conditions and logpoints may use without evaluating code:
 * {@code order}, {@code this.count}, {@code order.items[0].price}, {@code order.items.size} (a collection's or array's
 * size, a string's length).
 */
record JavaPath(String text, String root, List<Step> steps) {

  /** A field name, or an index into an array or list. */
  record Step(String field, int index) {
    boolean isIndex() {
      return field.isEmpty();
    }
  }

  static JavaPath parse(String text) {
    String path = text.strip();
    int i = 0;
    int start = 0;
    while (i < path.length() && Character.isJavaIdentifierPart(path.charAt(i))) {
      i++;
    }
    if (i == start || !Character.isJavaIdentifierStart(path.charAt(0))) {
      throw new IllegalArgumentException("Not a variable or field path: " + text);
    }
    String root = path.substring(0, i);
    List<Step> steps = new ArrayList<>();
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && Character.isJavaIdentifierPart(path.charAt(end))) {
          end++;
        }
        if (end == i + 1) {
          throw new IllegalArgumentException("A field name is missing after '.' in " + text);
        }
        steps.add(new Step(path.substring(i + 1, end), -1));
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("Unclosed [ in " + text);
        }
        try {
          steps.add(new Step("", Integer.parseInt(path.substring(i + 1, end).strip())));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Only number indexes in [] are supported: " + text);
        }
        i = end + 1;
      } else {
        throw new IllegalArgumentException("Unexpected '" + c + "' in " + text + " (use variable.field[index] paths)");
      }
    }
    return new JavaPath(path, root, List.copyOf(steps));
  }
}
