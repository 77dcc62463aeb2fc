package dev.cumulo.triggers.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static Route route(String method, String path) {
    return new Route(ApiKind.HTTP, method, Optional.of(PathPattern.parse(path)), "2.0", "F", "E", "Api",
        Duration.ofSeconds(30));
  }

  private static final RouteTable TABLE = new RouteTable(List.of(
      route("ANY", "/{proxy+}"),
      route("GET", "/pets/{proxy+}"),
      route("GET", "/pets/dog/{id}"),
      route("GET", "/pets/dog/1"),
      route("ANY", "/pets/dog/1")));

  private static String picked(String method, String path) {
    return TABLE.match(method, path).map(m -> m.route().routeKey()).orElse("none");
  }

  @Test
  void theMostSpecificTemplateWins() {
    assertEquals("GET /pets/dog/1", picked("GET", "/pets/dog/1"));
    assertEquals("GET /pets/dog/{id}", picked("GET", "/pets/dog/2"));
    assertEquals("GET /pets/{proxy+}", picked("GET", "/pets/cat/1"));
    assertEquals("ANY /{proxy+}", picked("GET", "/owners/1"));
  }

  @Test
  void aRouteForTheMethodBeatsAnyOnTheSameTemplateAndAnyCatchesOtherMethods() {
    assertEquals("GET /pets/dog/1", picked("GET", "/pets/dog/1"));
    assertEquals("ANY /pets/dog/1", picked("POST", "/pets/dog/1"));
    assertEquals("ANY /{proxy+}", picked("POST", "/pets/dog/2"));
  }

  @Test
  void aGreedyVariableNeedsAtLeastOneSegment() {
    assertEquals("none", picked("GET", "/"));
    assertEquals(Map.of("proxy", "cat"), TABLE.match("GET", "/pets/cat").orElseThrow().pathParameters());
  }

  @Test
  void theDefaultRouteIsOnlyALastResort() {
    RouteTable withDefault = new RouteTable(List.of(
        new Route(ApiKind.HTTP, "ANY", Optional.empty(), "2.0", "F", "E", "Api", Duration.ofSeconds(30)),
        route("GET", "/known")));
    assertEquals("GET /known", withDefault.match("GET", "/known").orElseThrow().route().routeKey());
    assertEquals("$default", withDefault.match("GET", "/unknown").orElseThrow().route().routeKey());
    assertTrue(withDefault.match("DELETE", "/known").orElseThrow().route().isDefaultRoute());
  }

  @Test
  void pathVariablesAreDecodedSegmentBySegment() {
    PathPattern pattern = PathPattern.parse("/files/{dir}/{name}");
    assertEquals(Optional.of(Map.of("dir", "a/b", "name", "c d")), pattern.match("/files/a%2Fb/c%20d"));
    assertEquals(Optional.empty(), pattern.match("/files/a"));
    assertEquals(Optional.empty(), pattern.match("/files/a/b/c"));
  }

  @Test
  void aTemplateApiGatewayWouldRejectIsRejectedWithTheReason() {
    assertEquals("path /a/{proxy+}/b: the greedy variable {proxy+} must be the last segment",
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/a/{proxy+}/b")).getMessage());
    assertEquals("path /a/x{id}: a variable must be a whole segment, not x{id}",
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/a/x{id}")).getMessage());
    assertEquals("path items must start with /",
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("items")).getMessage());
  }
}
