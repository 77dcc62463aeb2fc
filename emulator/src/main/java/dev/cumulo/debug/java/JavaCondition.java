package dev.cumulo.debug.java;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A breakpoint condition for Java without evaluating code: a path alone (true when it is the boolean true), or a path
 * compared with a literal ({@code ==, !=, <, <=, >, >=}; numbers, "strings", true, false, null).
 */
record JavaCondition(JavaPath path, Optional<String> operator, Optional<Object> literal) {
  private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "<", ">");

  static JavaCondition parse(String text) {
    String source = text.strip();
    for (String op : OPERATORS) {
      int at = operatorIndex(source, op);
      if (at > 0) {
        return new JavaCondition(JavaPath.parse(source.substring(0, at)), Optional.of(op),
            Optional.of(literal(source.substring(at + op.length()).strip(), text)));
      }
    }
    return new JavaCondition(JavaPath.parse(source), Optional.empty(), Optional.empty());
  }

  private static int operatorIndex(String source, String op) {
    boolean quoted = false;
    for (int i = 0; i + op.length() <= source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (!quoted && source.startsWith(op, i)) {
        boolean partOfLonger = (op.length() == 1 && i + 1 < source.length() && source.charAt(i + 1) == '=');
        if (!partOfLonger) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A literal: {@link BigDecimal}, String, Boolean, or {@link #NULL}. */
  private static Object literal(String text, String condition) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    switch (text) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return NULL;
      default:
        try {
          return new BigDecimal(text.replaceAll("[lLdDfF]$", ""));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Not a literal (number, \"text\", true, false, null): " + text + " in " + condition);
        }
    }
  }

  /** Stands for Java's null among the literals. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** Whether the condition holds for {@code value}, the path's value read as a literal would be. */
  boolean test(Object value) {
    if (operator.isEmpty()) {
      return Boolean.TRUE.equals(value);
    }
    Object expected = literal.orElseThrow();
    String op = operator.get();
    if (value instanceof BigDecimal number && expected instanceof BigDecimal other) {
      int c = number.compareTo(other);
      return switch (op) {
        case "==" -> c == 0;
        case "!=" -> c != 0;
        case "<" -> c < 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        default -> c >= 0;
      };
    }
    boolean equal = expected.equals(value);
    return switch (op) {
      case "==" -> equal;
      case "!=" -> !equal;
      default -> value instanceof String s && expected instanceof String t && compare(s.compareTo(t), op);
    };
  }

  private static boolean compare(int c, String op) {
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
    };
  }
}
