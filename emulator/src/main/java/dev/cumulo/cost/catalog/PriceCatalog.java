package dev.cumulo.cost.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The prices of one provider in one region.
 *
 * @param rules billing rules kept as data (rounding granularity, included storage, chunk sizes), as text
 * @param origin where these prices come from, for the estimate's assumptions ("built-in ..., 2 overrides from ...")
 */
public record PriceCatalog(
    String provider,
    String region,
    String currency,
    Map<String, Meter> meters,
    List<FreeAllowance> freeTier,
    Map<String, String> rules,
    String origin) {

  public PriceCatalog {
    meters = Map.copyOf(meters);
    freeTier = List.copyOf(freeTier);
    rules = Map.copyOf(rules);
  }

  public Meter meter(String id) {
    Meter meter = meters.get(id);
    if (meter == null) {
      throw new NoSuchElementException("the " + provider + " " + region + " catalogue has no meter " + id);
    }
    return meter;
  }

  /** A numeric billing rule, such as {@code lambda.durationGranularityMs}. */
  public BigDecimal rule(String key) {
    return optionalRule(key)
        .map(BigDecimal::new)
        .orElseThrow(() -> new NoSuchElementException("the " + provider + " catalogue has no rule " + key));
  }

  public Optional<String> optionalRule(String key) {
    return Optional.ofNullable(rules.get(key));
  }

  public PriceCatalog with(Map<String, Meter> newMeters, List<FreeAllowance> newFreeTier, String newOrigin) {
    return new PriceCatalog(provider, region, currency, newMeters, newFreeTier, rules, newOrigin);
  }

  public PriceCatalog inRegion(String newRegion) {
    return new PriceCatalog(provider, newRegion, currency, meters, freeTier, rules, origin);
  }
}
