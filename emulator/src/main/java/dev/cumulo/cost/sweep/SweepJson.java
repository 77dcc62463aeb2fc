package dev.cumulo.cost.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.cost.estimate.SweepRow;
import dev.cumulo.json.Json;

/** The control API's JSON of a sweep: the CPU limiting, what each size measured, and the priced rows. */
public final class SweepJson {
  private SweepJson() {}

  public static ObjectNode render(SweepReport report) {
    SweepResult result = report.result();
    ObjectNode root = Json.object()
        .put("function", result.function())
        .put("architecture", result.architecture().apiName())
        .put("repetitions", report.repetitions());
    root.putObject("cpuLimit")
        .put("limited", report.cpuLimiting().limits())
        .put("method", report.cpuLimiting().method().label())
        .put("detail", report.cpuLimiting().detail())
        .put("statement", report.statement());
    ArrayNode sizes = root.putArray("measured");
    for (SizeRuns size : report.sizes()) {
      ObjectNode node = sizes.addObject()
          .put("memoryMb", size.memoryMb())
          .put("cpus", size.cpus())
          .put("initDurationMs", size.initDurationMs())
          .put("coldDurationMs", size.coldDurationMs());
      size.warmDurationsMs().forEach(node.putArray("warmDurationsMs")::add);
      size.warmMedianMs().ifPresentOrElse(m -> node.put("warmMedianMs", m), () -> node.putNull("warmMedianMs"));
      size.error().ifPresentOrElse(e -> node.put("error", e), () -> node.putNull("error"));
      size.requestIds().forEach(node.putArray("requestIds")::add);
    }
    ArrayNode rows = root.putArray("sizes");
    for (SweepRow row : result.rows()) {
      rows.add(row(row)
          .put("cheapest", row.equals(result.cheapest()))
          .put("fastest", row.equals(result.fastest())));
    }
    root.set("cheapest", row(result.cheapest()));
    root.set("fastest", row(result.fastest()));
    ArrayNode assumptions = root.putArray("assumptions");
    for (Assumption a : result.assumptions()) {
      assumptions.addObject().put("id", a.id()).put("text", a.text());
    }
    return root;
  }

  private static ObjectNode row(SweepRow row) {
    return Json.object()
        .put("memoryMb", row.memoryMb())
        .put("cpuShare", row.cpuShare())
        .put("durationMs", row.durationMs())
        .put("billedDurationMs", row.billedDurationMs())
        .put("measured", row.measured())
        .put("costPerInvocation", row.costPerInvocation())
        .put("costPerMillion", row.costPerMillion());
  }
}
