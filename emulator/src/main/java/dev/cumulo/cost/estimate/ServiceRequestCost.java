package dev.cumulo.cost.estimate;

import dev.cumulo.cost.usage.ServiceRequestUsage;
import java.math.BigDecimal;

/**
 * What one service request costs at the margin (first-tier prices, no free tier).
 *
 * @param meterId the meter that prices the request ({@code s3.requests.tier1}, {@code sqs.requests.fifo}, ...)
 * @param units billed units: 64 KiB chunks for SQS, 512 KiB for HTTP APIs, otherwise 1
 * @param transferCharge data transfer out to the internet, when the caller is outside AWS
 */
public record ServiceRequestCost(
    ServiceRequestUsage usage, String meterId, long units, BigDecimal requestCharge, BigDecimal transferCharge) {

  public BigDecimal total() {
    return requestCharge.add(transferCharge);
  }
}
