package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Provisioned Concurrency: the configured environments, billed from enabling to disabling rounded up to five minutes,
 * and the duration of invocations they serve at the lower provisioned rate. The free tier does not apply.
 */
public final class ProvisionedConcurrency {
  private final PriceCatalog catalog;
  private final long granularitySeconds;

  public ProvisionedConcurrency(PriceCatalog catalog) {
    this.catalog = catalog;
    this.granularitySeconds = catalog.rule("lambda.provisionedConcurrencyGranularitySeconds").longValueExact();
  }

  /** The charge for keeping {@code concurrency} environments of {@code memoryMb} ready for {@code enabled}. */
  public BigDecimal concurrencyCharge(Architecture architecture, int memoryMb, int concurrency, Duration enabled) {
    long seconds = enabled.toSeconds() + (enabled.toNanosPart() > 0 ? 1 : 0);
    long billedSeconds = (seconds + granularitySeconds - 1) / granularitySeconds * granularitySeconds;
    BigDecimal gbSeconds = LambdaMetering.gbSeconds(memoryMb, billedSeconds * 1000).multiply(BigDecimal.valueOf(
        concurrency));
    return catalog.meter("lambda.provisionedConcurrency." + architecture.apiName()).cost(gbSeconds);
  }

  /** The duration charge of invocations served by provisioned environments. */
  public BigDecimal executionCharge(Architecture architecture, BigDecimal gbSeconds) {
    return catalog.meter("lambda.provisionedDuration." + architecture.apiName()).cost(gbSeconds);
  }
}
