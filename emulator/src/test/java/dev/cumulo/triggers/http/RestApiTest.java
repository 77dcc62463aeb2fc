package dev.cumulo.triggers.http;

import static dev.cumulo.triggers.http.ApiClient.json;
import static dev.cumulo.triggers.http.ApiClient.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.LocalCloud;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestApiTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static ApiClient api;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: python3.11
            CodeUri: src/
        Resources:
          Echo:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.echo
              Events:
                GetItem: {Type: Api, Properties: {Path: "/items/{id}", Method: get}}
                Proxy: {Type: Api, Properties: {Path: "/{proxy+}", Method: any}}
          Respond:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.respond
              Events:
                Respond: {Type: Api, Properties: {Path: "/respond", Method: post}}
        """,
        "src/app.py",
        """
        import json
        def echo(event, context):
            return {"statusCode": 200, "body": json.dumps(event)}
        def respond(event, context):
            spec = json.loads(event["body"])
            if "fail" in spec:
                raise RuntimeError(spec["fail"])
            return spec["answer"]
        """));
    api = new ApiClient(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void aRestApiEventHasTheProxyIntegrationShapeWithStagePrefixedContextPath() {
    HttpResponse<byte[]> response = api.send(api.request("/items/42?tag=a&tag=b").header("X-Multi", "1").header("X-Multi", "2"));
    assertEquals(200, response.statusCode(), text(response));
    JsonNode event = json(response);
    assertFalse(event.has("version"));
    assertEquals("/items/{id}", event.get("resource").asText());
    assertEquals("/items/42", event.get("path").asText());
    assertEquals("GET", event.get("httpMethod").asText());
    assertEquals(Json.MAPPER.valueToTree(Map.of("id", "42")), event.get("pathParameters"));
    assertEquals("b", event.get("queryStringParameters").get("tag").asText());
    assertEquals(List.of("a", "b"), Json.MAPPER.convertValue(event.get("multiValueQueryStringParameters").get("tag"), List.class));
    assertEquals("2", event.get("headers").get("X-Multi").asText());
    assertTrue(event.get("body").isNull());
    JsonNode context = event.get("requestContext");
    assertEquals("Prod", context.get("stage").asText());
    assertEquals("/Prod/items/42", context.get("path").asText());
    assertEquals("/items/{id}", context.get("resourcePath").asText());
    assertEquals("GET", context.get("httpMethod").asText());
    assertTrue(context.get("resourceId").asText().matches("[a-z0-9]{6}"));
    assertEquals(response.headers().firstValue("x-amzn-RequestId").orElseThrow(), context.get("requestId").asText());
    assertEquals(response.headers().firstValue("x-amz-apigw-id").orElseThrow(), context.get("extendedRequestId").asText());
  }

  @Test
  void aGreedyProxyResourceTakesWhatNoOtherResourceMatches() {
    JsonNode event = json(api.send(api.request("/a/b/c").POST(HttpRequest.BodyPublishers.ofString("plain"))));
    assertEquals("/{proxy+}", event.get("resource").asText());
    assertEquals("a/b/c", event.get("pathParameters").get("proxy").asText());
    assertEquals("plain", event.get("body").asText());
    assertFalse(event.get("isBase64Encoded").asBoolean());
  }

  @Test
  void aRequestNoResourceMatchesGets403MissingAuthenticationToken() {
    HttpResponse<byte[]> response = api.get("/");
    assertEquals(403, response.statusCode());
    assertEquals("{\"message\":\"Missing Authentication Token\"}", text(response));
  }

  @Test
  void aFunctionErrorOrAMalformedAnswerIs502InternalServerError() {
    HttpResponse<byte[]> failed = api.post("/respond", "{\"fail\": \"boom\"}");
    assertEquals(502, failed.statusCode());
    assertEquals("{\"message\":\"Internal server error\"}", text(failed));
    HttpResponse<byte[]> bare = api.post("/respond", "{\"answer\": {\"hello\": \"world\"}}");
    assertEquals(502, bare.statusCode());
    assertEquals("{\"message\":\"Internal server error\"}", text(bare));
  }

  @Test
  void aProxyAnswerSetsStatusHeadersAndBody() {
    HttpResponse<byte[]> response = api.post("/respond", """
        {"answer": {"statusCode": 418, "headers": {"Content-Type": "text/plain"},
                    "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"]}, "body": "teapot"}}
        """);
    assertEquals(418, response.statusCode());
    assertEquals("text/plain", response.headers().firstValue("content-type").orElseThrow());
    assertEquals(List.of("a=1", "b=2"), response.headers().allValues("set-cookie"));
    assertEquals("teapot", text(response));
  }
}
