package dev.cumulo.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dollar amounts for display. The engine keeps amounts exact; only these methods round, the way a bill does (to the
 * cent, half up) or with enough decimals to show what one invocation costs.
 */
public final class Dollars {
  private static final int SIGNIFICANT_DIGITS_OF_SMALL_AMOUNTS = 4;

  private Dollars() {}

  /** Rounded to the cent, as on a bill: {@code $2.73}; an amount that rounds to nothing has no sign. */
  public static String cents(BigDecimal amount) {
    BigDecimal rounded = amount.abs().setScale(2, RoundingMode.HALF_UP);
    return (rounded.signum() == 0 ? "" : sign(amount)) + "$" + rounded.toPlainString();
  }

  /** The amount rounded to the cent, for totals a view shows as a number. */
  public static BigDecimal roundedToCents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Cents for amounts of a cent or more, otherwise four significant digits: {@code $0.000003200}, so the cost of a
   * single invocation is not shown as zero.
   */
  public static String precise(BigDecimal amount) {
    BigDecimal abs = amount.abs();
    if (abs.signum() == 0 || abs.compareTo(new BigDecimal("0.01")) >= 0) {
      return cents(amount);
    }
    int scale = Math.max(2, abs.scale() - abs.precision() + SIGNIFICANT_DIGITS_OF_SMALL_AMOUNTS);
    return sign(amount) + "$" + abs.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  private static String sign(BigDecimal amount) {
    return amount.signum() < 0 ? "-" : "";
  }
}
