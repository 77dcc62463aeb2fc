package dev.cumulo.triggers.schedule;

import java.time.Duration;

/**
 * The {@code value unit} of a rate expression. The value is a positive whole number; the unit is minute, hour or
 * day, singular for a value of 1 and plural otherwise, as EventBridge requires.
 */
final class RateUnits {
  private RateUnits() {}

  static Duration period(String text, String value, String unit) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(text + " is not valid: the value " + value + " is not a whole number");
    }
    if (n < 1) {
      throw new IllegalArgumentException(text + " is not valid: the value must be a positive whole number");
    }
    String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    Duration one = switch (singular) {
      case "minute" -> Duration.ofMinutes(1);
      case "hour" -> Duration.ofHours(1);
      case "day" -> Duration.ofDays(1);
      default -> throw new IllegalArgumentException(text + " is not valid: the unit must be minute(s), hour(s) or day(s)");
    };
    boolean plural = !unit.equals(singular);
    if (n == 1 && plural) {
      throw new IllegalArgumentException(text + " is not valid: a value of 1 takes the singular unit " + singular);
    }
    if (n > 1 && !plural) {
      throw new IllegalArgumentException(text + " is not valid: a value above 1 takes the plural unit " + unit + "s");
    }
    return one.multipliedBy(n);
  }
}
