package dev.cumulo.cost.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.estimate.InvocationCost;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.Recorder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /_cumulo/cost/session} (the session's running total, by function and by service) and
 * {@code GET /_cumulo/cost/invocations/{requestId}} (what one invocation costs, and why); memory sweeps
 * ({@code /_cumulo/cost/sweep}) go to their own handler.
 */
public final class CostControl implements HttpHandler {
  public static final String SEGMENT = "cost";
  private static final String INVOCATIONS = "/_cumulo/cost/invocations/";

  private static final String SWEEP = "/_cumulo/cost/sweep";

  private final SessionCostMeter meter;
  private final Recorder recorder;
  private final HttpHandler sweeps;

  public CostControl(SessionCostMeter meter, Recorder recorder, HttpHandler sweeps) {
    this.meter = meter;
    this.recorder = recorder;
    this.sweeps = sweeps;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) throws Exception {
    if (request.path().equals(SWEEP)) {
      sweeps.handle(request, exchange);
    } else if (!request.method().equals("GET")) {
      exchange.respond(HttpResponse.json(405, "{\"message\":\"Use GET\"}"));
    } else if (request.path().equals("/_cumulo/cost/session")) {
      exchange.respond(HttpResponse.json(200, Json.write(session())));
    } else if (request.path().startsWith(INVOCATIONS)) {
      String requestId = request.path().substring(INVOCATIONS.length());
      Optional<InvocationCost> cost = recorder.find(requestId).flatMap(meter::price);
      exchange.respond(cost.map(c -> HttpResponse.json(200, Json.write(invocation(requestId, c))))
          .orElseGet(() -> HttpResponse.json(404, "{\"message\":\"No finished, billed invocation with request id "
              + requestId + "\"}")));
    } else {
      exchange.respond(HttpResponse.json(404, "{\"message\":\"No cost operation at " + request.path() + "\"}"));
    }
  }

  private ObjectNode session() {
    SessionTotals totals = meter.totals();
    ObjectNode body = Json.object()
        .put("currency", meter.catalog().currency())
        .put("prices", meter.catalog().origin())
        .put("total", Dollars.precise(totals.total()))
        .put("totalUsd", totals.total())
        .put("invocations", totals.invocations())
        .put("serviceRequests", totals.serviceRequests());
    amounts(body.putObject("byFunction"), totals.byFunction());
    amounts(body.putObject("byService"), totals.byService());
    return body;
  }

  private static void amounts(ObjectNode node, Map<String, BigDecimal> amounts) {
    amounts.forEach((name, amount) -> node.put(name, Dollars.precise(amount)));
  }

  private static ObjectNode invocation(String requestId, InvocationCost cost) {
    return Json.object()
        .put("requestId", requestId)
        .put("total", Dollars.precise(cost.total()))
        .put("billedDurationMs", cost.billedDurationMs())
        .put("gbSeconds", cost.gbSeconds().toPlainString())
        .put("requests", cost.requests())
        .put("requestCharge", Dollars.precise(cost.requestCharge()))
        .put("durationCharge", Dollars.precise(cost.durationCharge()))
        .put("ephemeralStorageCharge", Dollars.precise(cost.ephemeralStorageCharge()));
  }
}
