package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.util.List;

/**
 * Prices recorded records one by one at the margin: first-tier prices, no free tier, nothing rounded. What a view
 * shows next to each invocation on the timeline.
 */
public final class SessionPricer {
  private final PriceCatalog catalog;
  private final LambdaMetering lambda;
  private final ServiceMetering services;

  public SessionPricer(PriceCatalog catalog) {
    this.catalog = catalog;
    this.lambda = new LambdaMetering(catalog);
    this.services = new ServiceMetering(catalog);
  }

  public InvocationCost price(InvocationUsage usage) {
    long billed = lambda.billedDurationMs(usage);
    BigDecimal gbSeconds = LambdaMetering.gbSeconds(usage.memoryMb(), billed);
    long requests = lambda.requests(usage);
    return new InvocationCost(
        usage,
        billed,
        gbSeconds,
        requests,
        unitPrice("lambda.requests").multiply(BigDecimal.valueOf(requests)),
        unitPrice(LambdaMetering.durationMeter(usage)).multiply(gbSeconds),
        unitPrice("lambda.ephemeralStorage").multiply(lambda.ephemeralGbSeconds(usage, billed)));
  }

  public ServiceRequestCost price(ServiceRequestUsage usage) {
    List<MeteredUsage> metered = services.meter(usage);
    MeteredUsage request = metered.get(0);
    BigDecimal transfer = metered.size() > 1
        ? unitPrice(ServiceMetering.DATA_TRANSFER_OUT).multiply(metered.get(1).quantity())
        : BigDecimal.ZERO;
    return new ServiceRequestCost(
        usage,
        request.meterId(),
        request.quantity().longValueExact(),
        unitPrice(request.meterId()).multiply(request.quantity()),
        transfer);
  }

  public SessionCost price(UsageSnapshot snapshot) {
    return new SessionCost(
        snapshot.invocations().stream().map(this::price).toList(),
        snapshot.serviceRequests().stream().map(this::price).toList());
  }

  private BigDecimal unitPrice(String meterId) {
    return catalog.meter(meterId).firstUnitPrice();
  }
}
