package dev.cumulo.cost.estimate;

import dev.cumulo.cost.usage.InvocationUsage;
import java.math.BigDecimal;

/**
 * What one invocation costs at the margin (first-tier prices, no free tier), and why.
 *
 * @param billedDurationMs duration (plus INIT on a cold start) rounded up to the millisecond
 * @param gbSeconds configured memory in GB times billed seconds
 * @param requests 1, or more for an asynchronous event above 256 KB
 */
public record InvocationCost(
    InvocationUsage usage,
    long billedDurationMs,
    BigDecimal gbSeconds,
    long requests,
    BigDecimal requestCharge,
    BigDecimal durationCharge,
    BigDecimal ephemeralStorageCharge) {

  public BigDecimal total() {
    return requestCharge.add(durationCharge).add(ephemeralStorageCharge);
  }
}
