package dev.cumulo.cost.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.estimate.CostLine;
import dev.cumulo.cost.estimate.CostReport;
import dev.cumulo.cost.estimate.FreeTierCredit;
import dev.cumulo.cost.estimate.Projection;
import dev.cumulo.cost.estimate.ProviderEstimate;
import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.cost.estimate.SweepRow;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report. Amounts are exact dollars as JSON numbers; {@code totalRounded} is the cent amount a
 * bill would show.
 */
final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private JsonReport() {}

  static String render(CostReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    Projection p = report.projection();
    root.put("provider", p.provider());
    root.put("region", p.region());
    root.put("architecture", p.architecture().map(a -> a.apiName()).orElse("as-recorded"));
    root.put("invocationsPerMonth", p.invocationsPerMonth());
    root.put("freeTier", p.freeTier().name());
    root.put("total", p.total());
    root.put("totalRounded", Dollars.roundedToCents(p.total()));
    amounts(root.putObject("byFunction"), p.byFunction());
    amounts(root.putObject("byService"), p.byService());
    lines(root.putArray("lines"), p.bill().lines());
    credits(root.putArray("freeTierCredits"), p.bill().credits());
    ObjectNode whatIf = root.putObject("whatIf");
    whatIf.put("architecture", report.whatIfArchitecture().apiName());
    whatIf.put("total", report.whatIf().total());
    ObjectNode session = root.putObject("session");
    session.put("invocations", report.session().invocations().size());
    session.put("serviceRequests", report.session().serviceRequests().size());
    session.put("total", report.session().total());
    comparison(root.putArray("comparison"), report.comparison());
    sweeps(root.putArray("memory"), report.sweeps());
    ArrayNode assumptions = root.putArray("assumptions");
    for (Assumption a : p.assumptions()) {
      assumptions.addObject().put("id", a.id()).put("text", a.text());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void amounts(ObjectNode node, Map<String, BigDecimal> amounts) {
    amounts.forEach(node::put);
  }

  private static void lines(ArrayNode array, List<CostLine> lines) {
    for (CostLine line : lines) {
      array.addObject()
          .put("service", line.service())
          .put("group", line.group())
          .put("meter", line.meterId())
          .put("quantity", line.quantity())
          .put("unit", line.unit())
          .put("charge", line.charge());
    }
  }

  private static void credits(ArrayNode array, List<FreeTierCredit> credits) {
    for (FreeTierCredit credit : credits) {
      array.addObject()
          .put("allowance", credit.allowanceId())
          .put("description", credit.description())
          .put("units", credit.units())
          .put("credit", credit.credit());
    }
  }

  private static void comparison(ArrayNode array, List<ProviderEstimate> estimates) {
    for (ProviderEstimate estimate : estimates) {
      array.addObject()
          .put("provider", estimate.provider())
          .put("plan", estimate.plan())
          .put("region", estimate.region())
          .put("total", estimate.bill().total());
    }
  }

  private static void sweeps(ArrayNode array, List<SweepResult> sweeps) {
    for (SweepResult sweep : sweeps) {
      ObjectNode node = array.addObject()
          .put("function", sweep.function())
          .put("architecture", sweep.architecture().apiName())
          .put("cheapestMb", sweep.cheapest().memoryMb())
          .put("fastestMb", sweep.fastest().memoryMb());
      ArrayNode rows = node.putArray("sizes");
      for (SweepRow row : sweep.rows()) {
        rows.addObject()
            .put("memoryMb", row.memoryMb())
            .put("durationMs", row.durationMs())
            .put("billedDurationMs", row.billedDurationMs())
            .put("measured", row.measured())
            .put("costPerInvocation", row.costPerInvocation())
            .put("costPerMillion", row.costPerMillion());
      }
    }
  }
}
