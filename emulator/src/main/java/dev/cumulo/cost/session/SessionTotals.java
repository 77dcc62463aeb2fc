package dev.cumulo.cost.session;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What this session's recorded work would have cost in the cloud, at the margin (first-tier prices, no free tier).
 *
 * @param byFunction each function's invocations
 * @param byService S3, SQS, API Gateway and the scheduler, keyed by {@link dev.cumulo.metering.Metering} service name
 */
public record SessionTotals(
    BigDecimal total, long invocations, long serviceRequests, Map<String, BigDecimal> byFunction,
    Map<String, BigDecimal> byService) {

  public static final SessionTotals NONE = new SessionTotals(BigDecimal.ZERO, 0, 0, Map.of(), Map.of());

  public SessionTotals {
    byFunction = Map.copyOf(byFunction);
    byService = Map.copyOf(byService);
  }
}
