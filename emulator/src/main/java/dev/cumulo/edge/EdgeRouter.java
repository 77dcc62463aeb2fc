package dev.cumulo.edge;

import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends each edge request to the first service that claims it, in registration order, or to the fallback (S3) when
 * none does.
 */
public final class EdgeRouter implements HttpHandler {
  private final List<ServiceRoute> routes = new CopyOnWriteArrayList<>();
  private volatile HttpHandler fallback =
      (request, exchange) ->
          exchange.respond(HttpResponse.json(404, "{\"message\":\"No Cumulo service serves " + request.rawPath() + "\"}"));

  private volatile boolean open;

  /** Starts serving; until then every request gets 503, which SDKs retry. */
  public void open() {
    open = true;
  }

  public void register(ServiceRoute route) {
    routes.add(route);
  }

  /** The handler for requests no route claims. */
  public void fallback(HttpHandler handler) {
    this.fallback = handler;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) throws Exception {
    if (!open) {
      request.body().release();
      exchange.respond(HttpResponse.json(503, "{\"message\":\"Cumulo is starting\"}").header("Retry-After", 1));
      return;
    }
    Optional<SigningScope> scope = SigningScope.of(request);
    for (ServiceRoute route : routes) {
      if (route.claims(request, scope)) {
        route.handler().handle(request, exchange);
        return;
      }
    }
    fallback.handle(request, exchange);
  }
}
