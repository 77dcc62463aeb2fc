package dev.cumulo.cost.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A monthly free-tier allowance. When it covers several meters (Lambda's 400,000 GB-s cover x86 and Arm), it is spent
 * on them in the order listed.
 *
 * @param amount free units per month, in the meters' unit
 */
public record FreeAllowance(
    String id, String description, List<String> meters, BigDecimal amount, FreeTerm term, Source source) {

  public FreeAllowance {
    meters = List.copyOf(meters);
  }

  public FreeAllowance withAmount(BigDecimal newAmount, Source newSource) {
    return new FreeAllowance(id, description, meters, newAmount, term, newSource);
  }
}
