package dev.cumulo.cost.catalog;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One volume tier of a meter.
 *
 * @param upTo the monthly quantity at which this tier ends (cumulative, in the meter's unit); empty for the last tier
 * @param unitPrice dollars per single unit (the catalogue's "per million" prices divided out)
 */
public record Tier(Optional<BigDecimal> upTo, BigDecimal unitPrice) {

  public static Tier unlimited(BigDecimal unitPrice) {
    return new Tier(Optional.empty(), unitPrice);
  }
}
