package dev.cumulo.triggers.http;

import static dev.cumulo.triggers.http.ApiClient.json;
import static dev.cumulo.triggers.http.ApiClient.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpApiTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static ApiClient api;

  static final String TEMPLATE =
      """
      Globals:
        Function:
          Runtime: nodejs20.x
          CodeUri: src/
          Timeout: 5
      Resources:
        Echo:
          Type: AWS::Serverless::Function
          Properties:
            Handler: echo.handler
            Events:
              GetItem: {Type: HttpApi, Properties: {Path: "/items/{id}", Method: get}}
              PostItem: {Type: HttpApi, Properties: {Path: "/items", Method: post}}
              Files: {Type: HttpApi, Properties: {Path: "/files/{proxy+}", Method: any}}
              GetThings: {Type: HttpApi, Properties: {Path: "/things", Method: get}}
              OldFormat: {Type: HttpApi, Properties: {Path: "/v1/items/{id}", Method: get, PayloadFormatVersion: "1.0"}}
        Special:
          Type: AWS::Serverless::Function
          Properties:
            Handler: echo.handler
            Events:
              Special: {Type: HttpApi, Properties: {Path: "/items/special", Method: get}}
        AnyThings:
          Type: AWS::Serverless::Function
          Properties:
            Handler: echo.handler
            Events:
              AnyThings: {Type: HttpApi, Properties: {Path: "/things", Method: any}}
        Respond:
          Type: AWS::Serverless::Function
          Properties:
            Handler: respond.handler
            Events:
              Respond: {Type: HttpApi, Properties: {Path: "/respond", Method: post}}
              RespondV1: {Type: HttpApi, Properties: {Path: "/respond-v1", Method: post, PayloadFormatVersion: "1.0"}}
              Slow: {Type: HttpApi, Properties: {Path: "/slow", Method: post, TimeoutInMillis: 300}}
        Limited:
          Type: AWS::Serverless::Function
          Properties:
            Handler: respond.handler
            ReservedConcurrentExecutions: 1
            Events:
              Limited: {Type: HttpApi, Properties: {Path: "/limited", Method: post}}
        TimesOut:
          Type: AWS::Serverless::Function
          Properties:
            Handler: respond.handler
            Timeout: 1
            Events:
              TimesOut: {Type: HttpApi, Properties: {Path: "/times-out", Method: post}}
      """;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml", TEMPLATE,
        "src/echo.js",
        """
        exports.handler = async (event) => ({
          statusCode: 200,
          headers: {"content-type": "application/json"},
          body: JSON.stringify({event, trace: process.env._X_AMZN_TRACE_ID})
        });
        """,
        "src/respond.js",
        """
        exports.handler = async (event) => {
          const spec = JSON.parse(event.body);
          if (spec.sleep) await new Promise(resolve => setTimeout(resolve, spec.sleep));
          if (spec.fail) throw new Error(spec.fail);
          return spec.answer;
        };
        """));
    api = new ApiClient(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static JsonNode event(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), text(response));
    return json(response).get("event");
  }

  @Test
  void pathVariablesAndRepeatedQueryParametersArriveDecodedAndJoined() {
    JsonNode event = event(api.get("/items/a%20b?x=1&x=2&y=z&flag"));
    assertEquals("2.0", event.get("version").asText());
    assertEquals("GET /items/{id}", event.get("routeKey").asText());
    assertEquals("/items/a%20b", event.get("rawPath").asText());
    assertEquals("x=1&x=2&y=z&flag", event.get("rawQueryString").asText());
    assertEquals(Json.MAPPER.valueToTree(Map.of("x", "1,2", "y", "z", "flag", "")), event.get("queryStringParameters"));
    assertEquals(Json.MAPPER.valueToTree(Map.of("id", "a b")), event.get("pathParameters"));
    assertFalse(event.get("isBase64Encoded").asBoolean());
    assertFalse(event.has("body"));
    assertFalse(event.has("cookies"));
  }

  @Test
  void headersAreLowerCasedWithRepeatsJoinedAndCookiesMovedToTheirOwnArray() {
    JsonNode event = event(api.send(api.request("/items/1")
        .header("X-Multi", "a").header("X-Multi", "b").header("Cookie", "session=abc; theme=dark")));
    JsonNode headers = event.get("headers");
    assertEquals("a,b", headers.get("x-multi").asText());
    assertFalse(headers.has("cookie"));
    assertFalse(headers.has("X-Multi"));
    assertEquals(List.of("session=abc", "theme=dark"), Json.MAPPER.convertValue(event.get("cookies"), List.class));
    assertEquals("127.0.0.1", headers.get("x-forwarded-for").asText());
    assertEquals(String.valueOf(cloud.emulator().triggers().api().orElseThrow().port()),
        headers.get("x-forwarded-port").asText());
    assertEquals("http", headers.get("x-forwarded-proto").asText());
  }

  @Test
  void theRequestContextDescribesTheRequestAsApiGatewayFillsIt() {
    long before = System.currentTimeMillis();
    HttpResponse<byte[]> response = api.send(api.request("/items/7").header("User-Agent", "cumulo-test/1"));
    JsonNode context = event(response).get("requestContext");
    assertEquals("000000000000", context.get("accountId").asText());
    assertTrue(context.get("apiId").asText().matches("[a-z0-9]{10}"), context.toString());
    assertEquals("127.0.0.1", context.get("domainName").asText());
    assertEquals(Json.MAPPER.valueToTree(Map.of("method", "GET", "path", "/items/7", "protocol", "HTTP/1.1",
        "sourceIp", "127.0.0.1", "userAgent", "cumulo-test/1")), context.get("http"));
    assertEquals("GET /items/{id}", context.get("routeKey").asText());
    assertEquals("$default", context.get("stage").asText());
    assertEquals(response.headers().firstValue("apigw-requestid").orElseThrow(), context.get("requestId").asText());
    long epoch = context.get("timeEpoch").asLong();
    assertTrue(epoch >= before && epoch <= System.currentTimeMillis(), context.toString());
    assertTrue(context.get("time").asText().matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"));
  }

  @Test
  void aLiteralSegmentBeatsAPathVariable() {
    assertEquals("GET /items/special", event(api.get("/items/special")).get("routeKey").asText());
    assertEquals(1, cloud.emulator().recorder().recent(Optional.of("Special"), 10).size());
  }

  @Test
  void aGreedyVariableTakesTheRestOfThePathForAnyMethod() {
    JsonNode event = event(api.send(api.request("/files/a/b%2Fc/d.txt").DELETE()));
    assertEquals("ANY /files/{proxy+}", event.get("routeKey").asText());
    assertEquals("a/b/c/d.txt", event.get("pathParameters").get("proxy").asText());
    assertEquals("DELETE", event.get("requestContext").get("http").get("method").asText());
  }

  @Test
  void aRouteForTheMethodBeatsAnAnyRouteOnTheSamePath() {
    assertEquals("GET /things", event(api.get("/things")).get("routeKey").asText());
    assertEquals("ANY /things", event(api.send(api.request("/things").PUT(HttpRequest.BodyPublishers.ofString("{}"))))
        .get("routeKey").asText());
  }

  @Test
  void aBinaryBodyArrivesBase64EncodedAndATextBodyAsIs() {
    JsonNode binary = event(api.send(api.request("/items").header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2, (byte) 255}))));
    assertEquals("AAEC/w==", binary.get("body").asText());
    assertTrue(binary.get("isBase64Encoded").asBoolean());
    JsonNode text = event(api.send(api.request("/items").header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"pé\"}"))));
    assertEquals("{\"name\":\"pé\"}", text.get("body").asText());
    assertFalse(text.get("isBase64Encoded").asBoolean());
  }

  @Test
  void aRequestNoRouteMatchesGets404NotFound() {
    HttpResponse<byte[]> response = api.send(api.request("/items").DELETE());
    assertEquals(404, response.statusCode());
    assertEquals("{\"message\":\"Not Found\"}", text(response));
  }

  @Test
  void aBareJsonAnswerBecomesA200ApplicationJsonBody() {
    HttpResponse<byte[]> object = api.post("/respond", "{\"answer\": {\"hello\": \"world\"}}");
    assertEquals(200, object.statusCode());
    assertEquals("application/json", object.headers().firstValue("content-type").orElseThrow());
    assertEquals("{\"hello\":\"world\"}", text(object));
    HttpResponse<byte[]> string = api.post("/respond", "{\"answer\": \"just text\"}");
    assertEquals("just text", text(string));
  }

  @Test
  void aStructuredAnswerSetsStatusHeadersAndCookies() {
    HttpResponse<byte[]> response = api.post("/respond", """
        {"answer": {"statusCode": 201, "headers": {"content-type": "text/plain", "x-custom": "yes"},
                    "cookies": ["a=1; Path=/", "b=2"], "body": "created"}}
        """);
    assertEquals(201, response.statusCode());
    assertEquals("text/plain", response.headers().firstValue("content-type").orElseThrow());
    assertEquals("yes", response.headers().firstValue("x-custom").orElseThrow());
    assertEquals(List.of("a=1; Path=/", "b=2"), response.headers().allValues("set-cookie"));
    assertEquals("created", text(response));
  }

  @Test
  void aBase64EncodedAnswerIsSentAsBytes() {
    HttpResponse<byte[]> response = api.post("/respond", """
        {"answer": {"statusCode": 200, "headers": {"content-type": "image/png"}, "body": "AAEC/w==",
                    "isBase64Encoded": true}}
        """);
    assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, response.body());
    assertEquals("image/png", response.headers().firstValue("content-type").orElseThrow());
  }

  @Test
  void aFunctionErrorOrAMalformedAnswerIsAnInternalServerError() {
    HttpResponse<byte[]> failed = api.post("/respond", "{\"fail\": \"boom\"}");
    assertEquals(500, failed.statusCode());
    assertEquals("{\"message\":\"Internal Server Error\"}", text(failed));
    HttpResponse<byte[]> malformed = api.post("/respond", "{\"answer\": {\"statusCode\": \"abc\", \"body\": \"x\"}}");
    assertEquals(500, malformed.statusCode());
    assertEquals("{\"message\":\"Internal Server Error\"}", text(malformed));
    HttpResponse<byte[]> objectBody = api.post("/respond", "{\"answer\": {\"statusCode\": 200, \"body\": {\"a\": 1}}}");
    assertEquals(500, objectBody.statusCode());
  }

  @Test
  void aFunctionThatTimesOutIsAnInternalServerError() {
    HttpResponse<byte[]> response = api.post("/times-out", "{\"sleep\": 3000, \"answer\": 1}");
    assertEquals(500, response.statusCode());
    assertEquals("{\"message\":\"Internal Server Error\"}", text(response));
  }

  @Test
  void aRoutePastItsIntegrationTimeoutGets503ServiceUnavailable() {
    HttpResponse<byte[]> response = api.post("/slow", "{\"sleep\": 2000, \"answer\": 1}");
    assertEquals(503, response.statusCode());
    assertEquals("{\"message\":\"Service Unavailable\"}", text(response));
  }

  @Test
  void aThrottledFunctionGets429TooManyRequests() {
    CompletableFuture<HttpResponse<byte[]>> first = api.sendAsync(api.request("/limited")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"sleep\": 1500, \"answer\": \"done\"}")));
    Await.until("the only instance is busy", Duration.ofSeconds(10),
        () -> cloud.emulator().functions().function("Limited").orElseThrow().instances().busy() == 1);
    HttpResponse<byte[]> second = api.post("/limited", "{\"answer\": \"second\"}");
    assertEquals(429, second.statusCode());
    assertEquals("{\"message\":\"Too Many Requests\"}", text(second));
    assertEquals("done", text(first.join()));
  }

  @Test
  void payloadFormat1HasMultiValueMapsAndNoStagePrefix() {
    JsonNode event = event(api.send(api.request("/v1/items/9?x=1&x=2").header("X-Multi", "a").header("X-Multi", "b")));
    assertEquals("1.0", event.get("version").asText());
    assertEquals("/v1/items/{id}", event.get("resource").asText());
    assertEquals("/v1/items/9", event.get("path").asText());
    assertEquals("GET", event.get("httpMethod").asText());
    assertEquals("2", event.get("queryStringParameters").get("x").asText());
    assertEquals(List.of("1", "2"), Json.MAPPER.convertValue(event.get("multiValueQueryStringParameters").get("x"), List.class));
    assertEquals("b", event.get("headers").get("X-Multi").asText());
    assertEquals(List.of("a", "b"), Json.MAPPER.convertValue(event.get("multiValueHeaders").get("X-Multi"), List.class));
    assertEquals("9", event.get("pathParameters").get("id").asText());
    assertTrue(event.get("stageVariables").isNull());
    assertTrue(event.get("body").isNull());
    JsonNode context = event.get("requestContext");
    assertEquals("/v1/items/9", context.get("path").asText());
    assertEquals("$default", context.get("stage").asText());
    assertEquals("127.0.0.1", context.get("identity").get("sourceIp").asText());
  }

  @Test
  void aPayloadFormat1AnswerMergesMultiValueHeaders() {
    HttpResponse<byte[]> response = api.post("/respond-v1", """
        {"answer": {"statusCode": 202, "headers": {"x-one": "1", "x-both": "single"},
                    "multiValueHeaders": {"x-both": ["m1", "m2"]}, "body": "ok"}}
        """);
    assertEquals(202, response.statusCode());
    assertEquals(List.of("1"), response.headers().allValues("x-one"));
    assertEquals(List.of("m1", "m2"), response.headers().allValues("x-both"));
    assertEquals("ok", text(response));
    assertEquals(500, api.post("/respond-v1", "{\"answer\": {\"hello\": \"world\"}}").statusCode());
  }

  @Test
  void theInvocationIsRecordedAsAnHttpTriggerContinuingTheCallersTrace() {
    String root = "1-5759e988-bd862e3fe1be46a994272793";
    HttpResponse<byte[]> response =
        api.send(api.request("/items/traced").header("X-Amzn-Trace-Id", "Root=" + root + ";Sampled=1"));
    JsonNode body = json(response);
    assertTrue(body.get("trace").asText().startsWith("Root=" + root + ";Parent="), body.get("trace").asText());
    assertEquals(body.get("trace").asText(), body.get("event").get("headers").get("x-amzn-trace-id").asText());
    InvocationRecord record = cloud.emulator().recorder().recent(Optional.of("Echo"), 50).stream()
        .filter(r -> r.traceId().contains(root)).findFirst().orElseThrow();
    assertEquals("HTTP", record.trigger().source().name());
    assertEquals("GET /items/{id}", record.trigger().detail());
  }
}
