package dev.cumulo.cost.session;

import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.estimate.InvocationCost;
import dev.cumulo.cost.estimate.ServiceRequestCost;
import dev.cumulo.cost.estimate.SessionPricer;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.recorder.RecorderEvent;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices every invocation and service request as the recorder announces it and keeps the session's running totals.
 * Called on the recorder's announcing threads; reads from any thread.
 */
public final class SessionCostMeter implements AutoCloseable {
  private final PriceCatalog catalog;
  private final SessionPricer pricer;
  private final RecorderUsageSource usage;
  private final AutoCloseable subscription;
  private final Map<String, BigDecimal> byFunction = new TreeMap<>();
  private final Map<String, BigDecimal> byService = new TreeMap<>();
  private BigDecimal total = BigDecimal.ZERO;
  private long invocations;
  private long serviceRequests;

  public SessionCostMeter(Recorder recorder, PriceCatalog catalog, RecorderUsageSource usage) {
    this.catalog = catalog;
    this.pricer = new SessionPricer(catalog);
    this.usage = usage;
    this.subscription = recorder.subscribe(this::onEvent);
  }

  /** The prices this meter uses (shipped, or overridden by the project's price file). */
  public PriceCatalog catalog() {
    return catalog;
  }

  /** What one finished invocation costs; empty for one that is running or was throttled (not billed). */
  public Optional<InvocationCost> price(InvocationRecord record) {
    return record.isDone() ? usage.usage(record).map(pricer::price) : Optional.empty();
  }

  public synchronized SessionTotals totals() {
    return new SessionTotals(total, invocations, serviceRequests, byFunction, byService);
  }

  private void onEvent(RecorderEvent event) {
    if (event instanceof RecorderEvent.InvocationChanged changed) {
      price(changed.record()).ifPresent(this::add);
    } else if (event instanceof RecorderEvent.ServiceRequested requested) {
      RecorderUsageSource.usage(requested.request()).map(pricer::price)
          .ifPresent(cost -> add(requested.request().request().service(), cost));
    }
  }

  private synchronized void add(InvocationCost cost) {
    invocations++;
    total = total.add(cost.total());
    byFunction.merge(cost.usage().function(), cost.total(), BigDecimal::add);
  }

  private synchronized void add(String service, ServiceRequestCost cost) {
    serviceRequests++;
    total = total.add(cost.total());
    byService.merge(service, cost.total(), BigDecimal::add);
  }

  @Override
  public void close() throws Exception {
    subscription.close();
  }
}
