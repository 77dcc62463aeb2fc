package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.FreeAllowance;
import dev.cumulo.cost.catalog.Meter;
import dev.cumulo.cost.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A month of metered usage priced the way a bill is: each meter's volume tiers applied to its monthly total, free-tier
 * allowances taken from the first units, nothing rounded.
 *
 * @param lines one per meter and function or resource, before the free tier
 * @param credits one per free-tier allowance that was used
 * @param total the lines minus the credits
 */
public record MonthlyBill(List<CostLine> lines, List<FreeTierCredit> credits, BigDecimal total) {

  public MonthlyBill {
    lines = List.copyOf(lines);
    credits = List.copyOf(credits);
  }

  public static MonthlyBill of(PriceCatalog catalog, List<MeteredUsage> usage, FreeTierMode freeTier) {
    Map<String, Map<String, BigDecimal>> byMeter = new LinkedHashMap<>();
    for (MeteredUsage u : usage) {
      byMeter.computeIfAbsent(u.meterId(), k -> new LinkedHashMap<>()).merge(u.group(), u.quantity(), BigDecimal::add);
    }
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    List<CostLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Map<String, BigDecimal>> entry : byMeter.entrySet()) {
      Meter meter = catalog.meter(entry.getKey());
      BigDecimal quantity = entry.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal charge = meter.cost(quantity);
      totals.put(meter.id(), quantity);
      total = total.add(charge);
      entry.getValue().forEach((group, q) -> lines.add(line(meter, group, q, share(charge, q, quantity))));
    }
    List<FreeTierCredit> credits = new ArrayList<>();
    for (FreeAllowance allowance : catalog.freeTier()) {
      if (freeTier.covers(allowance.term())) {
        FreeTierCredit credit = credit(catalog, allowance, totals);
        if (credit.units().signum() > 0) {
          credits.add(credit);
          total = total.subtract(credit.credit());
        }
      }
    }
    return new MonthlyBill(lines, credits, total);
  }

  private static CostLine line(Meter meter, String group, BigDecimal quantity, BigDecimal charge) {
    return new CostLine(meter.service(), group, meter.id(), meter.description(), quantity, meter.unit(), charge);
  }

  private static BigDecimal share(BigDecimal charge, BigDecimal part, BigDecimal whole) {
    if (part.compareTo(whole) == 0) {
      return charge;
    }
    if (whole.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return charge.multiply(part).divide(whole, MathContext.DECIMAL128);
  }

  private static FreeTierCredit credit(PriceCatalog catalog, FreeAllowance allowance, Map<String, BigDecimal> totals) {
    BigDecimal left = allowance.amount();
    BigDecimal used = BigDecimal.ZERO;
    BigDecimal credit = BigDecimal.ZERO;
    for (String meterId : allowance.meters()) {
      BigDecimal take = left.min(totals.getOrDefault(meterId, BigDecimal.ZERO));
      credit = credit.add(catalog.meter(meterId).cost(take));
      used = used.add(take);
      left = left.subtract(take);
    }
    String service = catalog.meter(allowance.meters().get(0)).service();
    return new FreeTierCredit(allowance.id(), service, allowance.description(), used, credit);
  }
}
