package dev.cumulo.ui.traffic;

import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.ui.session.SampleEvents;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which request the n-th shot of a burst is. Shots go round the functions that can run; a function with HTTP routes
 * is called through them in turn, as its users would call it (so what it causes downstream shows as a chain), any
 * other function is invoked with a sample event of its trigger.
 */
public final class TrafficPlan {
  private record Route(String method, String path) {}

  private final Project project;
  private final List<String> functions;
  private final String apiUrl;

  /** {@code apiUrl}: the emulator's HTTP API, such as {@code http://127.0.0.1:3000}. */
  public TrafficPlan(Project project, List<String> functions, String apiUrl) {
    if (functions.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one function");
    }
    this.project = project;
    this.functions = List.copyOf(functions);
    this.apiUrl = apiUrl;
  }

  public Shot shot(int n) {
    String function = functions.get(n % functions.size());
    Optional<FunctionSpec> spec = project.function(function);
    List<Route> routes = spec.map(TrafficPlan::routes).orElse(List.of());
    if (routes.isEmpty()) {
      String event = spec.map(s -> SampleEvents.forFunction(s, project.region(), project.accountId(), n)).orElse("{}");
      return new Shot.DirectInvoke(function, event);
    }
    Route route = routes.get((n / functions.size()) % routes.size());
    String body = route.method().equals("GET") || route.method().equals("DELETE") ? ""
        : "{\"item\":\"sample-" + n + "\",\"quantity\":" + (1 + n % 3) + "}";
    return new Shot.HttpCall(function, route.method(), URI.create(apiUrl + concrete(route.path(), n)), body);
  }

  private static List<Route> routes(FunctionSpec spec) {
    List<Route> routes = new ArrayList<>();
    for (EventSource source : spec.events()) {
      if (source instanceof EventSource.Api api) {
        routes.add(new Route(verb(api.method()), api.path()));
      } else if (source instanceof EventSource.HttpApi http) {
        routes.add(new Route(verb(http.method()), http.path().isEmpty() ? "/" : http.path()));
      }
    }
    return routes;
  }

  private static String verb(String method) {
    return method.isEmpty() || method.equalsIgnoreCase("any") ? "GET" : method.toUpperCase();
  }

  /** The path with its parameters ({@code {name}}, {@code {proxy+}}) filled in. */
  private static String concrete(String path, int n) {
    return path.replaceAll("\\{[^}/]+\\+?}", "visitor-" + n);
  }
}
