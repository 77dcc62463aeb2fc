package dev.cumulo.cost.cli;

import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.Quantities;
import dev.cumulo.cost.estimate.CostReport;
import dev.cumulo.cost.estimate.FreeTierCredit;
import dev.cumulo.cost.estimate.FreeTierMode;
import dev.cumulo.cost.estimate.Projection;
import dev.cumulo.cost.estimate.ProviderEstimate;
import dev.cumulo.cost.estimate.SessionCost;
import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.cost.estimate.SweepRow;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;

/** The readable table: by function, by service, free tier, total, alternatives, memory sizes, assumptions. */
final class TextReport {
  private static final String ROW = "  %-62s %12s%n";

  private TextReport() {}

  static void render(CostReport report, PrintStream out) {
    Projection p = report.projection();
    out.printf("Cost estimate: %s %s, %s invocations a month, %s, %s%n%n", provider(p.provider()),
        p.region(),
        Quantities.grouped(p.invocationsPerMonth()), p.architecture().map(a -> "all " + a.apiName()).orElse("as recorded"),
        freeTier(p.freeTier()));
    section(out, "By function (Lambda, before free tier)", p.byFunction());
    section(out, "By service (after free tier)", p.byService());
    if (!p.bill().credits().isEmpty()) {
      out.println("Free tier");
      for (FreeTierCredit credit : p.bill().credits()) {
        out.printf(ROW, credit.description(), Dollars.cents(credit.credit().negate()));
      }
      out.println();
    }
    out.printf(ROW, "Total a month", Dollars.cents(p.total()));
    out.printf(ROW, "What if " + report.whatIfArchitecture().apiName(), Dollars.cents(report.whatIf().total()));
    out.println();
    SessionCost session = report.session();
    out.println("Recorded session (marginal, no free tier)");
    out.printf(ROW, session.invocations().size() + " invocations, " + session.serviceRequests().size()
        + " service requests", Dollars.precise(session.total()));
    out.println();
    if (!report.comparison().isEmpty()) {
      out.println("The same functions elsewhere (function charges only)");
      for (ProviderEstimate estimate : report.comparison()) {
        out.printf(ROW, provider(estimate.provider()) + " " + estimate.plan(), Dollars.cents(estimate.bill().total()));
      }
      out.println();
    }
    if (!report.sweeps().isEmpty()) {
      out.println("Memory size (per invocation, first-tier prices)");
      out.printf("  %-24s %-10s %-26s %s%n", "function", "recorded", "cheapest", "fastest");
      for (SweepResult sweep : report.sweeps()) {
        out.printf("  %-24s %-10s %-26s %s%n", sweep.function(), recorded(sweep),
            sweep.cheapest().memoryMb() + " MB " + Dollars.precise(sweep.cheapest().costPerInvocation()),
            sweep.fastest().memoryMb() + " MB " + sweep.fastest().billedDurationMs() + " ms");
      }
      out.println();
    }
    out.println("Assumptions");
    for (Assumption assumption : p.assumptions()) {
      out.println("  - " + assumption.text());
    }
  }

  private static void section(PrintStream out, String title, Map<String, BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      return;
    }
    out.println(title);
    amounts.forEach((name, amount) -> out.printf(ROW, name, Dollars.cents(amount)));
    out.println();
  }

  private static String recorded(SweepResult sweep) {
    return sweep.rows().stream().filter(SweepRow::measured).map(r -> r.memoryMb() + " MB").findFirst().orElse("");
  }

  private static String provider(String id) {
    return switch (id) {
      case "aws" -> "AWS";
      case "azure" -> "Azure";
      case "google" -> "Google";
      default -> id;
    };
  }

  private static String freeTier(FreeTierMode mode) {
    return switch (mode) {
      case NONE -> "no free tier";
      case ALWAYS_FREE -> "with the always-free tier";
      case FIRST_YEAR -> "with the first-year free tier";
    };
  }
}
