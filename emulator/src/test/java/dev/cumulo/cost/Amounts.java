package dev.cumulo.cost;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Exact amounts as plain strings, so tests compare whole values without BigDecimal scale noise. */
public final class Amounts {
  private Amounts() {}

  public static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  public static List<String> plain(BigDecimal... amounts) {
    return Arrays.stream(amounts).map(Amounts::plain).toList();
  }
}
