package dev.cumulo.triggers.http;

import static dev.cumulo.triggers.http.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.testing.LocalCloud;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpApiDefaultRouteTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static ApiClient api;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Catchall:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              CodeUri: src/
              Handler: echo.handler
              Events:
                Default: {Type: HttpApi}
                Known: {Type: HttpApi, Properties: {Path: /known, Method: get}}
        """,
        "src/echo.js", "exports.handler = async (event) => event;\n"));
    api = new ApiClient(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void theDefaultRouteTakesWhatNoOtherRouteMatches() {
    JsonNode event = json(api.send(api.request("/store/checkout?x=1").POST(HttpRequest.BodyPublishers.noBody())));
    assertEquals("$default", event.get("routeKey").asText());
    assertEquals("$default", event.get("requestContext").get("routeKey").asText());
    assertEquals("/store/checkout", event.get("rawPath").asText());
    assertFalse(event.has("pathParameters"));
  }

  @Test
  void aMatchingRouteStillWinsOverTheDefaultRoute() {
    assertEquals("GET /known", json(api.get("/known")).get("routeKey").asText());
  }
}
