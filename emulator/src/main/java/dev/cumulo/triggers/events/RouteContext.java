package dev.cumulo.triggers.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What API Gateway knows about the route that matched a request.
 *
 * @param routeKey {@code GET /items/{id}}, {@code ANY /{proxy+}} or {@code $default}
 * @param resourcePath the route's path template ({@code /items/{id}}), {@code $default} for the default route
 * @param pathParameters the decoded values of the route's path variables, in path order
 */
public record RouteContext(
    String apiId,
    String stage,
    String routeKey,
    String resourcePath,
    Map<String, String> pathParameters,
    String accountId) {

  public RouteContext {
    pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
  }
}
