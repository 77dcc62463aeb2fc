package dev.cumulo.triggers.http;

import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.Project;
import dev.cumulo.triggers.EventProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the routes of a project from its functions' {@code Api} and {@code HttpApi} events, rejecting what API
 * Gateway would reject (a malformed path, an unknown payload format, a timeout out of range) with a template error.
 */
public final class ApiRoutes {
  static final Duration HTTP_API_TIMEOUT = Duration.ofSeconds(30);
  static final Duration REST_API_TIMEOUT = Duration.ofSeconds(29);

  private ApiRoutes() {}

  public static RouteTable of(Project project) {
    List<Route> routes = new ArrayList<>();
    for (FunctionSpec function : project.functions()) {
      for (EventSource event : function.events()) {
        if (event instanceof EventSource.Api api) {
          EventProperties props = EventProperties.of(function, event);
          routes.add(new Route(ApiKind.REST, api.method(), Optional.of(path(api.path(), props)), "1.0",
              function.functionName(), event.name(), apiName(props, "RestApiId", "ServerlessRestApi"),
              timeout(props, REST_API_TIMEOUT)));
        } else if (event instanceof EventSource.HttpApi httpApi) {
          routes.add(httpRoute(function, httpApi, EventProperties.of(function, event)));
        }
      }
    }
    return new RouteTable(routes);
  }

  private static Route httpRoute(FunctionSpec function, EventSource.HttpApi event, EventProperties props) {
    String format = event.payloadFormatVersion();
    if (!format.equals("1.0") && !format.equals("2.0")) {
      throw props.error("PayloadFormatVersion must be 1.0 or 2.0, not " + format);
    }
    Optional<PathPattern> path =
        event.path().equals(Route.DEFAULT_ROUTE) ? Optional.empty() : Optional.of(path(event.path(), props));
    return new Route(ApiKind.HTTP, event.method(), path, format, function.functionName(), event.name(),
        apiName(props, "ApiId", "ServerlessHttpApi"), timeout(props, HTTP_API_TIMEOUT));
  }

  private static PathPattern path(String text, EventProperties props) {
    try {
      return PathPattern.parse(text);
    } catch (IllegalArgumentException e) {
      throw props.error(e.getMessage());
    }
  }

  private static String apiName(EventProperties props, String key, String implicit) {
    return props.string(key).orElse(implicit);
  }

  /** {@code TimeoutInMillis}: 50 ms up to the API kind's maximum, which is also the default. */
  private static Duration timeout(EventProperties props, Duration max) {
    Optional<Integer> millis = props.integer("TimeoutInMillis");
    if (millis.isEmpty()) {
      return max;
    }
    if (millis.get() < 50 || millis.get() > max.toMillis()) {
      throw props.error("TimeoutInMillis must be between 50 and " + max.toMillis() + ", not " + millis.get());
    }
    return Duration.ofMillis(millis.get());
  }
}
