package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recorded session metered once, ready to be scaled to any monthly traffic: per-invocation quantities times the
 * month's invocations divided by the recorded ones. Storage is not scaled: it is what is stored now.
 *
 * @param recordedCount the invocations recorded (the service requests when no function ran), the unit of traffic
 */
public record RecordedMix(
    List<MeteredUsage> perSession, List<MeteredUsage> storage, long recordedCount, boolean countsInvocations) {

  public RecordedMix {
    perSession = List.copyOf(perSession);
    storage = List.copyOf(storage);
  }

  /** Meters the snapshot, every function priced at {@code architecture} when given. */
  public static RecordedMix of(PriceCatalog catalog, UsageSnapshot snapshot, Optional<Architecture> architecture) {
    if (snapshot.invocations().isEmpty() && snapshot.serviceRequests().isEmpty()) {
      throw new IllegalArgumentException("nothing recorded yet: invoke a function or send a request first");
    }
    LambdaMetering lambda = new LambdaMetering(catalog);
    ServiceMetering services = new ServiceMetering(catalog);
    List<MeteredUsage> metered = new ArrayList<>();
    for (InvocationUsage invocation : snapshot.invocations()) {
      metered.addAll(lambda.meter(architecture.map(invocation::withArchitecture).orElse(invocation)));
    }
    for (ServiceRequestUsage request : snapshot.serviceRequests()) {
      metered.addAll(services.meter(request));
    }
    List<MeteredUsage> stored = snapshot.storage().stream().map(services::meter).toList();
    boolean invocations = !snapshot.invocations().isEmpty();
    long count = invocations ? snapshot.invocations().size() : snapshot.serviceRequests().size();
    return new RecordedMix(metered, stored, count, invocations);
  }

  /** The usage of a month with {@code monthly} invocations (or service requests, when no function was recorded). */
  public List<MeteredUsage> atMonthly(BigDecimal monthly) {
    BigDecimal factor = scale(monthly);
    List<MeteredUsage> month = new ArrayList<>(perSession.size() + storage.size());
    perSession.forEach(u -> month.add(u.times(factor)));
    month.addAll(storage);
    return month;
  }

  public BigDecimal scale(BigDecimal monthly) {
    BigDecimal recorded = BigDecimal.valueOf(recordedCount);
    try {
      return monthly.divide(recorded);
    } catch (ArithmeticException nonTerminating) {
      return monthly.divide(recorded, MathContext.DECIMAL128);
    }
  }
}
