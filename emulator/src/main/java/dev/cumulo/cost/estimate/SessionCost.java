package dev.cumulo.cost.estimate;

import java.math.BigDecimal;
import java.util.List;

/** Every recorded invocation and request priced at the margin, and their sum. */
public record SessionCost(List<InvocationCost> invocations, List<ServiceRequestCost> serviceRequests) {

  public SessionCost {
    invocations = List.copyOf(invocations);
    serviceRequests = List.copyOf(serviceRequests);
  }

  public BigDecimal total() {
    BigDecimal functions = invocations.stream().map(InvocationCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    return serviceRequests.stream().map(ServiceRequestCost::total).reduce(functions, BigDecimal::add);
  }
}
