package dev.cumulo.cost.usage;

import java.util.List;

/** Everything recorded in a session, ready to price. */
public record UsageSnapshot(
    List<InvocationUsage> invocations, List<ServiceRequestUsage> serviceRequests, List<BucketStorage> storage) {

  public UsageSnapshot {
    invocations = List.copyOf(invocations);
    serviceRequests = List.copyOf(serviceRequests);
    storage = List.copyOf(storage);
  }

  public static UsageSnapshot of(List<InvocationUsage> invocations) {
    return new UsageSnapshot(invocations, List.of(), List.of());
  }
}
