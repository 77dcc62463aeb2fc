package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A month projected from the recorded mix.
 *
 * @param architecture the architecture every function was priced at, or empty when each kept its own
 * @param invocationsPerMonth the traffic the mix was scaled to
 * @param bill the lines, free-tier credits and total
 * @param assumptions what the number takes for granted, to show next to it
 */
public record Projection(
    String provider,
    String region,
    Optional<Architecture> architecture,
    BigDecimal invocationsPerMonth,
    FreeTierMode freeTier,
    MonthlyBill bill,
    List<Assumption> assumptions) {

  public Projection {
    assumptions = List.copyOf(assumptions);
  }

  public BigDecimal total() {
    return bill.total();
  }

  /** Lambda charges per function before the free tier, most expensive first. */
  public Map<String, BigDecimal> byFunction() {
    return sum(bill.lines().stream().filter(l -> l.service().equals("Lambda")).toList(), CostLine::group);
  }

  /** Charges per service after its free-tier credits, most expensive first. */
  public Map<String, BigDecimal> byService() {
    Map<String, BigDecimal> services = new LinkedHashMap<>(sum(bill.lines(), CostLine::service));
    bill.credits().forEach(c -> services.merge(c.service(), c.credit().negate(), BigDecimal::add));
    return sorted(services);
  }

  /** One service's charges after its free-tier credits; zero when it was not used. */
  public BigDecimal serviceTotal(String service) {
    return byService().getOrDefault(service, BigDecimal.ZERO);
  }

  private static Map<String, BigDecimal> sum(List<CostLine> lines, Function<CostLine, String> key) {
    return sorted(lines.stream().collect(Collectors.toMap(key, CostLine::charge, BigDecimal::add)));
  }

  private static Map<String, BigDecimal> sorted(Map<String, BigDecimal> map) {
    return map.entrySet().stream()
        .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
