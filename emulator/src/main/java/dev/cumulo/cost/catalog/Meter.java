package dev.cumulo.cost.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;

/**
 * Something a provider charges for, with its volume tiers.
 *
 * @param id the catalogue key, for example {@code lambda.duration.arm64}
 * @param service the service it belongs to, for breakdowns ({@code Lambda}, {@code S3}, ...)
 * @param unit what is counted ({@code requests}, {@code GB-seconds}, ...)
 * @param tiers volume tiers in order; the last has no upper bound
 * @param operations the API operations this meter prices ({@code *} for all others); empty when not operation-based
 * @param chunkBytes payload size that counts as one unit (SQS: 64 KiB), when the meter chunks payloads
 */
public record Meter(
    String id,
    String service,
    String description,
    String unit,
    List<Tier> tiers,
    List<String> operations,
    OptionalLong chunkBytes,
    Source source) {

  public Meter {
    tiers = List.copyOf(tiers);
    operations = List.copyOf(operations);
    if (tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo().isPresent()) {
      throw new IllegalArgumentException(id + ": the last tier must have no upper bound");
    }
  }

  /** The price of one unit in the first tier: the marginal price of a single request or invocation. */
  public BigDecimal firstUnitPrice() {
    return tiers.get(0).unitPrice();
  }

  /** What {@code quantity} units cost in one month, tier by tier from the first unit. */
  public BigDecimal cost(BigDecimal quantity) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal tierStart = BigDecimal.ZERO;
    for (Tier tier : tiers) {
      BigDecimal tierEnd = tier.upTo().orElse(quantity.max(tierStart));
      BigDecimal inTier = quantity.min(tierEnd).subtract(tierStart);
      if (inTier.signum() <= 0) {
        break;
      }
      total = total.add(inTier.multiply(tier.unitPrice()));
      tierStart = tierEnd;
    }
    return total;
  }

  public Meter withTiers(List<Tier> newTiers, Source newSource) {
    return new Meter(id, service, description, unit, newTiers, operations, chunkBytes, newSource);
  }
}
