package dev.cumulo.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Counts and quantities for sentences and tables: grouped thousands, at most two decimals ({@code 1,460,000.5}). */
public final class Quantities {
  private Quantities() {}

  public static String grouped(BigDecimal value) {
    DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  public static String grouped(long value) {
    return grouped(BigDecimal.valueOf(value));
  }
}
