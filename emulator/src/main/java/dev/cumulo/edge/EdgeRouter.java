package dev.cumulo.edge;

import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.metering.Meter;
import dev.cumulo.metering.MeteredExchange;
import dev.cumulo.metering.Metering;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends each edge request to the first service that claims it, in registration order, or to the fallback (S3) when
 * none does.
 */
public final class EdgeRouter implements HttpHandler {
  private final List<ServiceRoute> routes = new CopyOnWriteArrayList<>();
  private volatile ServiceRoute fallback = new NoService();
  private volatile Meter meter = Meter.NONE;

  private volatile boolean open;

  /** Starts serving; until then every request gets 503, which SDKs retry. */
  public void open() {
    open = true;
  }

  public void register(ServiceRoute route) {
    routes.add(route);
  }

  /** The service for requests no route claims (S3, whose requests are the least distinctive). */
  public void fallback(ServiceRoute route) {
    this.fallback = route;
  }

  /** Where the requests of metered services are reported. */
  public void meter(Meter meter) {
    this.meter = meter;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) throws Exception {
    if (!open) {
      request.body().release();
      exchange.respond(HttpResponse.json(503, "{\"message\":\"Cumulo is starting\"}").header("Retry-After", 1));
      return;
    }
    Optional<SigningScope> scope = SigningScope.of(request);
    ServiceRoute chosen = routes.stream().filter(route -> route.claims(request, scope)).findFirst().orElse(fallback);
    Optional<Metering> metering = chosen.metering(request);
    chosen.handler().handle(request, metering.isPresent() ? new MeteredExchange(exchange, request, metering.get(), meter) : exchange);
  }

  /** What answers when no service is there to answer. */
  private static final class NoService implements ServiceRoute {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public boolean claims(HttpRequest request, Optional<SigningScope> scope) {
      return true;
    }

    @Override
    public HttpHandler handler() {
      return (request, exchange) ->
          exchange.respond(HttpResponse.json(404, "{\"message\":\"No Cumulo service serves " + request.rawPath() + "\"}"));
    }
  }
}
