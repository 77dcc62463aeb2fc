package dev.cumulo.triggers.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the route for a request as API Gateway does: the most specific path template that matches (a literal
 * segment beats a path variable, which beats a greedy variable), a route for the request's method before an
 * {@code ANY} route on the same template, and the {@code $default} route only when nothing else matches.
 */
public final class RouteTable {
  private final List<Route> routes;

  /** A matched route with the decoded values of its path variables. */
  public record Match(Route route, Map<String, String> pathParameters) {}

  public RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public List<Route> routes() {
    return routes;
  }

  public boolean isEmpty() {
    return routes.isEmpty();
  }

  /** Whether any route belongs to an HTTP API, whose unmatched requests get 404 rather than REST's 403. */
  public boolean hasHttpApi() {
    return routes.stream().anyMatch(r -> r.kind() == ApiKind.HTTP);
  }

  public Optional<Match> match(String method, String rawPath) {
    Match best = null;
    for (Route route : routes) {
      if (route.isDefaultRoute() || !route.acceptsMethod(method)) {
        continue;
      }
      Optional<Map<String, String>> variables = route.path().orElseThrow().match(rawPath);
      if (variables.isPresent() && (best == null || beats(route, best.route()))) {
        best = new Match(route, variables.get());
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return routes.stream().filter(Route::isDefaultRoute).findFirst().map(r -> new Match(r, Map.of()));
  }

  private static boolean beats(Route candidate, Route current) {
    int bySpecificity = candidate.path().orElseThrow().compareSpecificity(current.path().orElseThrow());
    if (bySpecificity != 0) {
      return bySpecificity > 0;
    }
    return current.method().equals("ANY") && !candidate.method().equals("ANY");
  }
}
