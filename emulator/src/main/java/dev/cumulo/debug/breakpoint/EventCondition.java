package dev.cumulo.debug.breakpoint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test on an event: the value at a JSON path compared with a value, or text contained in the event (or in the value
 * at the path). With a {@code [*]} in the path it holds when any reached value passes ({@code NOT_EQUALS}: when none
 * equals).
 */
public record EventCondition(Optional<JsonPath> path, Operator operator, Optional<JsonNode> value) {

  /** How the value at the path is compared. */
  public enum Operator {
    EQUALS,
    NOT_EQUALS,
    CONTAINS,
    EXISTS,
    GREATER_THAN,
    LESS_THAN;

    public String wireName() {
      String[] parts = name().toLowerCase(Locale.ROOT).split("_");
      return parts.length == 1 ? parts[0] : parts[0] + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
    }

    public static Optional<Operator> fromWire(String name) {
      for (Operator op : values()) {
        if (op.wireName().equals(name)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }
  }

  public EventCondition {
    if (operator != Operator.EXISTS && value.isEmpty()) {
      throw new IllegalArgumentException("the condition operator " + operator.wireName() + " needs a value");
    }
    if (path.isEmpty() && operator != Operator.CONTAINS) {
      throw new IllegalArgumentException("a condition without a path can only be 'contains' (text in the event)");
    }
  }

  /** Whether {@code event} (parsed, when it is JSON) or its {@code text} passes. */
  public boolean test(Optional<JsonNode> event, String text) {
    if (path.isEmpty()) {
      return text.contains(value.orElseThrow().asText());
    }
    List<JsonNode> found = event.map(e -> path.get().find(e)).orElse(List.of());
    return switch (operator) {
      case EXISTS -> !found.isEmpty();
      case NOT_EQUALS -> found.stream().noneMatch(this::equalsValue);
      case EQUALS -> found.stream().anyMatch(this::equalsValue);
      case CONTAINS -> found.stream().anyMatch(n -> textOf(n).contains(value.orElseThrow().asText()));
      case GREATER_THAN -> found.stream().anyMatch(n -> compare(n) > 0);
      case LESS_THAN -> found.stream().anyMatch(n -> compare(n) < 0);
    };
  }

  private boolean equalsValue(JsonNode node) {
    JsonNode expected = value.orElseThrow();
    if (node.equals(expected)) {
      return true;
    }
    if (node.isNumber() && expected.isNumber()) {
      return node.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    return node.isValueNode() && expected.isValueNode() && node.asText().equals(expected.asText());
  }

  private int compare(JsonNode node) {
    JsonNode expected = value.orElseThrow();
    try {
      return new java.math.BigDecimal(textOf(node)).compareTo(new java.math.BigDecimal(textOf(expected)));
    } catch (NumberFormatException e) {
      return textOf(node).compareTo(textOf(expected));
    }
  }

  private static String textOf(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
