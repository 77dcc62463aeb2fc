package dev.cumulo.triggers.http;

import java.time.Duration;
import java.util.Optional;

/**
 * One route of the local API Gateway: the function behind it and how the function is reached.
 *
 * @param method {@code GET}, {@code POST}, ... or {@code ANY}
 * @param path the route's template; empty for the HTTP API {@code $default} route
 * @param payloadFormat {@code 1.0} or {@code 2.0} (REST APIs always 1.0)
 * @param apiName the logical name of the API the route belongs to (SAM's implicit APIs are ServerlessRestApi and
 *     ServerlessHttpApi)
 * @param timeout the integration timeout: how long the gateway waits for the function
 */
public record Route(
    ApiKind kind,
    String method,
    Optional<PathPattern> path,
    String payloadFormat,
    String function,
    String eventName,
    String apiName,
    Duration timeout) {

  public static final String DEFAULT_ROUTE = "$default";

  /** {@code GET /items/{id}}, {@code ANY /{proxy+}} or {@code $default}. */
  public String routeKey() {
    return path.map(p -> method + " " + p.text()).orElse(DEFAULT_ROUTE);
  }

  /** The resource path as the 1.0 event names it: the template, or {@code $default}. */
  public String resourcePath() {
    return path.map(PathPattern::text).orElse(DEFAULT_ROUTE);
  }

  public boolean isDefaultRoute() {
    return path.isEmpty();
  }

  boolean acceptsMethod(String requestMethod) {
    return method.equals("ANY") || method.equals(requestMethod);
  }
}
