package dev.cumulo.triggers.http;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.functions.service.InvocationResult;
import dev.cumulo.http.EventLoops;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.http.HttpServer;
import dev.cumulo.metering.Meter;
import dev.cumulo.metering.MeteredExchange;
import dev.cumulo.metering.Metering;
import dev.cumulo.trace.TraceHeader;
import dev.cumulo.triggers.events.GatewayIds;
import dev.cumulo.triggers.events.GatewayRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local API Gateway: its own listener (SAM CLI's port 3000 by default) serving the project's {@code Api} and
 * {@code HttpApi} routes. Each request becomes a proxy event and a synchronous invocation of the route's function;
 * the function's answer, or the gateway's own error, becomes the response.
 */
public final class ApiGateway implements AutoCloseable {
  /** API Gateway accepts request payloads up to 10 MB. */
  static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;
  /** Lambda accepts synchronous invocation payloads up to 6 MB. */
  static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
  private static final Logger LOG = Logger.getLogger(ApiGateway.class.getName());

  private final RouteTable routes;
  private final FunctionService functions;
  private final ScheduledExecutorService timer;
  private final String accountId;
  private final HttpServer server;
  private final Meter meter;

  /** Where the gateway listens and with what it works. */
  public record Settings(String host, int port, String accountId, Path spillDir) {}

  private ApiGateway(RouteTable routes, FunctionService functions, ScheduledExecutorService timer, String accountId,
      EventLoops loops, ExecutorService workers, Settings settings, Meter meter) {
    this.routes = routes;
    this.meter = meter;
    this.functions = functions;
    this.timer = timer;
    this.accountId = accountId;
    this.server = HttpServer.start(loops,
        HttpServer.Options.loopback(settings.port(), this::handle, workers, settings.spillDir())
            .withHost(settings.host())
            .withMaxBody(MAX_REQUEST_BYTES));
  }

  public static ApiGateway start(RouteTable routes, FunctionService functions, EventLoops loops,
      ExecutorService workers, ScheduledExecutorService timer, Settings settings, Meter meter) {
    return new ApiGateway(routes, functions, timer, settings.accountId(), loops, workers, settings, meter);
  }

  /** The address clients call, such as {@code http://127.0.0.1:3000}. */
  public String url() {
    return server.url();
  }

  public int port() {
    return server.port();
  }

  public List<Route> routes() {
    return routes.routes();
  }

  private void handle(HttpRequest http, Exchange client) {
    Optional<RouteTable.Match> match = routes.match(http.method(), http.rawPath());
    if (match.isEmpty()) {
      http.body().release();
      GatewayError error = routes.hasHttpApi() ? GatewayError.NOT_FOUND : GatewayError.MISSING_AUTHENTICATION_TOKEN;
      client.respond(error.response());
      return;
    }
    Route route = match.get().route();
    Exchange exchange = new MeteredExchange(client, http, new Metering(
        route.kind() == ApiKind.REST ? Metering.REST_API : Metering.HTTP_API, route.apiName(), "Invoke"), meter);
    byte[] body = http.body().bytes();
    http.body().release();
    String shortId = GatewayIds.shortRequestId();
    String requestId = route.kind() == ApiKind.REST ? UUID.randomUUID().toString() : shortId;
    String incoming = http.header("X-Amzn-Trace-Id").filter(h -> TraceHeader.parse(h).isPresent())
        .orElseGet(() -> "Root=" + TraceHeader.newRoot() + ";Sampled=0");
    InvocationRequest invocation = functions.request(route.function(), new byte[0], InvocationType.REQUEST_RESPONSE,
        new Trigger(Trigger.Source.HTTP, route.routeKey()), Optional.of(incoming));
    GatewayRequest request = new GatewayRequest(http.method(), http.rawPath(), http.rawQuery(), headers(http), body,
        http.remote().getAddress().getHostAddress(), server.port(), "HTTP/1.1", Instant.now(), requestId, shortId,
        invocation.traceId());
    byte[] event = ProxyEvents.build(request, route, match.get().pathParameters(), accountId);
    Responder responder = new Responder(route, request, exchange);
    if (event.length > MAX_EVENT_BYTES) {
      responder.error(GatewayError.REQUEST_TOO_LARGE);
      return;
    }
    invoke(invocation.withPayload(event), responder);
  }

  private void invoke(InvocationRequest invocation, Responder responder) {
    ScheduledFuture<?> timeout = timer.schedule(() -> responder.error(responder.route.kind().timedOut()),
        responder.route.timeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      functions.invoke(invocation).whenComplete((result, failure) -> {
        timeout.cancel(false);
        responder.finished(result, failure);
      });
    } catch (RuntimeException e) {
      timeout.cancel(false);
      LOG.log(Level.INFO, "Lambda rejected the invocation of " + invocation.functionName(), e);
      responder.error(responder.route.kind().lambdaRejected());
    }
  }

  private static List<GatewayRequest.Header> headers(HttpRequest http) {
    List<GatewayRequest.Header> headers = new ArrayList<>();
    for (Map.Entry<String, String> h : http.headers()) {
      headers.add(new GatewayRequest.Header(h.getKey(), h.getValue()));
    }
    return headers;
  }

  /** Answers one request: with the function's mapped response, or with the gateway's error. */
  private record Responder(Route route, GatewayRequest request, Exchange exchange) {

    void finished(InvocationResult result, Throwable failure) {
      if (failure != null) {
        LOG.log(Level.WARNING, "Invocation failed for " + route.routeKey(), failure);
        error(route.kind().lambdaRejected());
        return;
      }
      OutcomeKind outcome = result.record().outcome();
      if (outcome == OutcomeKind.THROTTLED) {
        error(route.kind().throttled());
      } else if (outcome != OutcomeKind.SUCCESS) {
        error(route.kind().functionFailed());
      } else {
        try {
          byte[] answer = result.record().response();
          send(route.payloadFormat().equals("2.0") ? ProxyResponses.v2(answer) : ProxyResponses.v1(answer));
        } catch (MalformedProxyResponse e) {
          LOG.info("Malformed Lambda proxy response from " + route.function() + ": " + e.getMessage());
          error(route.kind().functionFailed());
        }
      }
    }

    void error(GatewayError error) {
      send(error.response());
    }

    private void send(HttpResponse response) {
      if (route.kind() == ApiKind.HTTP) {
        response.header("Apigw-Requestid", request.requestId());
      } else {
        response.header("x-amzn-RequestId", request.requestId());
        response.header("x-amz-apigw-id", request.extendedRequestId());
        response.header("X-Amzn-Trace-Id", request.traceHeader());
      }
      exchange.respond(response);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
