package dev.cumulo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Event breakpoints through the control API, with events sent by the AWS SDK, API Gateway and a schedule. */
class EventBreakpointsTest {
  @TempDir static Path dir;
  static LocalCloud cloud;
  static DebugApi api;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: nodejs20.x
            CodeUri: src/
        Resources:
          Echo:
            Type: AWS::Serverless::Function
            Properties:
              Handler: echo.handler
          Picky:
            Type: AWS::Serverless::Function
            Properties:
              Handler: picky.handler
          Hello:
            Type: AWS::Serverless::Function
            Properties:
              Handler: hello.handler
              Events:
                Hello:
                  Type: HttpApi
                  Properties: {Path: /hello, Method: GET}
                Other:
                  Type: HttpApi
                  Properties: {Path: /other, Method: GET}
          Nightly:
            Type: AWS::Serverless::Function
            Properties:
              Handler: echo.handler
              Events:
                Report:
                  Type: Schedule
                  Properties:
                    Schedule: rate(1 day)
                    Name: nightly-report
        """,
        "src/echo.js", "exports.handler = async (event) => event;",
        "src/picky.js",
        "exports.handler = async (event) => { if (event.fail) throw new Error('cannot take ' + event.name); return 'took ' + event.name; };",
        "src/hello.js", "exports.handler = async (event) => ({ statusCode: 200, body: 'hello from ' + event.routeKey });"));
    api = new DebugApi(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @AfterEach
  void clear() {
    api.removeBreakpoints();
    api.put("/functions/Picky", "{\"breakOnError\":false}");
    api.releaseHeldEvents("drop");
  }

  private static CompletableFuture<InvokeResponse> invokeLater(String function, String payload) {
    return CompletableFuture.supplyAsync(() ->
        cloud.lambda().invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload))));
  }

  private static InvokeResponse invoke(String function, String payload) {
    return cloud.lambda().invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)));
  }

  @Test
  void aHeldEventIsDeliveredWithTheEditedPayload() {
    String breakpoint = api.breakpoint("{\"kind\":\"event\",\"function\":\"Echo\"}");
    CompletableFuture<InvokeResponse> call = invokeLater("Echo", "{\"name\":\"Ada\"}");

    JsonNode held = api.heldEvent();
    assertEquals(List.of("Echo", "breakpoint", breakpoint, "{\"name\":\"Ada\"}", "direct"),
        List.of(held.get("function").asText(), held.get("reason").asText(), held.get("breakpointId").asText(),
            held.get("payload").toString(), held.get("trigger").get("source").asText()));
    assertFalse(call.isDone());

    api.post("/events/" + held.get("id").asText() + "/continue", "{\"payload\":{\"name\":\"Grace\"}}");
    InvokeResponse response = call.join();
    assertEquals("{\"name\":\"Grace\"}", response.payload().asUtf8String());
    InvocationRecord record = cloud.emulator().recorder().find(response.responseMetadata().requestId()).orElseThrow();
    assertEquals("{\"name\":\"Grace\"}", new String(record.request()));
    assertEquals(List.of(PausedSpan.Cause.EVENT_HELD), record.pauses().stream().map(PausedSpan::cause).toList());
    assertEquals(record.queuedAt(), record.pauses().get(0).startMicros());
  }

  @Test
  void aDroppedEventFailsItsSynchronousCallerWithAFunctionError() throws IOException {
    api.breakpoint("{\"kind\":\"event\",\"function\":\"Echo\"}");
    CompletableFuture<InvokeResponse> call = invokeLater("Echo", "{\"name\":\"Ada\"}");
    api.post("/events/" + api.heldEvent().get("id").asText() + "/drop", "");

    InvokeResponse response = call.join();
    assertEquals(200, response.statusCode());
    assertEquals("Unhandled", response.functionError());
    JsonNode error = Json.MAPPER.readTree(response.payload().asByteArray());
    assertEquals("Cumulo.EventDropped", error.get("errorType").asText());
    assertEquals("RequestId: " + response.responseMetadata().requestId() + " Error: the event was dropped at a breakpoint",
        error.get("errorMessage").asText());
  }

  @Test
  void onlyEventsMeetingTheConditionAreHeld() {
    api.breakpoint("""
        {"kind":"event","function":"Echo","condition":{"path":"$.order.priority","op":"equals","value":"high"}}""");
    assertEquals("{\"order\":{\"priority\":\"low\"}}", invoke("Echo", "{\"order\":{\"priority\":\"low\"}}").payload().asUtf8String());

    CompletableFuture<InvokeResponse> urgent = invokeLater("Echo", "{\"order\":{\"priority\":\"high\"}}");
    JsonNode held = api.heldEvent();
    assertEquals("{\"order\":{\"priority\":\"high\"}}", held.get("payload").toString());
    api.post("/events/" + held.get("id").asText() + "/continue", "");
    assertEquals("{\"order\":{\"priority\":\"high\"}}", urgent.join().payload().asUtf8String());
  }

  @Test
  void steppingPastAnEventHoldsTheNextEventToTheSameFunction() {
    api.breakpoint("{\"kind\":\"event\",\"function\":\"Echo\",\"condition\":{\"op\":\"contains\",\"value\":\"first\"}}");
    CompletableFuture<InvokeResponse> first = invokeLater("Echo", "{\"n\":\"first\"}");
    api.post("/events/" + api.heldEvent().get("id").asText() + "/step", "{\"scope\":\"function\"}");
    assertEquals("{\"n\":\"first\"}", first.join().payload().asUtf8String());

    CompletableFuture<InvokeResponse> second = invokeLater("Echo", "{\"n\":\"second\"}");
    JsonNode held = api.heldEvent();
    assertEquals(List.of("step", "{\"n\":\"second\"}"), List.of(held.get("reason").asText(), held.get("payload").toString()));
    assertTrue(held.get("breakpointId").isNull());
    api.post("/events/" + held.get("id").asText() + "/continue", "");
    assertEquals("{\"n\":\"second\"}", second.join().payload().asUtf8String());
  }

  @Test
  void anEventTheFunctionFailsOnIsHeldAndItsCallerGetsTheResultOfTheRedelivery() {
    api.put("/functions/Picky", "{\"breakOnError\":true}");
    CompletableFuture<InvokeResponse> call = invokeLater("Picky", "{\"fail\":true,\"name\":\"broken\"}");

    JsonNode held = api.heldEvent();
    assertEquals(List.of("error", "Error", "1"),
        List.of(held.get("reason").asText(), held.get("error").get("errorType").asText(), held.get("attempt").asText()));
    assertEquals("cannot take broken", held.get("error").get("payload").get("errorMessage").asText());
    api.post("/events/" + held.get("id").asText() + "/continue", "{\"payload\":{\"fail\":false,\"name\":\"fixed\"}}");

    InvokeResponse response = call.join();
    assertEquals(null, response.functionError());
    assertEquals("\"took fixed\"", response.payload().asUtf8String());
    String id = response.responseMetadata().requestId();
    assertEquals(1, cloud.emulator().recorder().find(id).orElseThrow().attempt());
  }

  @Test
  void droppingAnEventHeldAfterAFailureGivesTheCallerThatFailure() {
    api.put("/functions/Picky", "{\"breakOnError\":true}");
    CompletableFuture<InvokeResponse> call = invokeLater("Picky", "{\"fail\":true,\"name\":\"broken\"}");
    api.post("/events/" + api.heldEvent().get("id").asText() + "/drop", "");
    InvokeResponse response = call.join();
    assertEquals("Unhandled", response.functionError());
    assertTrue(response.payload().asUtf8String().contains("cannot take broken"), response.payload().asUtf8String());
  }

  @Test
  void anHttpRouteBreakpointHoldsRequestsToThatRouteOnly() throws Exception {
    api.breakpoint("{\"kind\":\"event\",\"trigger\":\"http\",\"resource\":\"GET /hello\"}");
    String base = cloud.emulator().triggers().api().orElseThrow().url();
    HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + "/other")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("hello from GET /other", other.body());

    CompletableFuture<HttpResponse<String>> hello = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/hello")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode held = api.heldEvent();
    assertEquals(List.of("http", "GET /hello"),
        List.of(held.get("trigger").get("source").asText(), held.get("payload").get("routeKey").asText()));
    api.post("/events/" + held.get("id").asText() + "/drop", "");
    HttpResponse<String> answer = hello.join();
    assertEquals(500, answer.statusCode());
    assertEquals("{\"message\":\"Internal Server Error\"}", answer.body());
  }

  @Test
  void aDroppedScheduledEventEndsAsDroppedAndIsNotRetried() throws Exception {
    api.breakpoint("{\"kind\":\"event\",\"trigger\":\"schedule\",\"resource\":\"nightly-report\"}");
    HttpResponse<String> fired = http.send(HttpRequest.newBuilder(
        URI.create(cloud.emulator().edgeUrl() + "/_cumulo/schedules/Nightly/Report/fire"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    String requestId = Json.MAPPER.readTree(fired.body()).get("requestId").asText();

    JsonNode held = api.heldEvent();
    assertEquals(List.of(requestId, "Event"), List.of(held.get("requestId").asText(), held.get("invocationType").asText()));
    api.post("/events/" + held.get("id").asText() + "/drop", "");
    InvocationRecord record = Await.value("the dropped event is recorded", Duration.ofSeconds(10),
        () -> cloud.emulator().recorder().find(requestId), r -> r.isPresent() && r.get().isDone()).orElseThrow();
    assertEquals(List.of(OutcomeKind.FUNCTION_ERROR, "Cumulo.EventDropped", 0),
        List.of(record.outcome(), record.errorType(), record.attempt()));
    cloud.emulator().recorder().flush();
    assertEquals(1, cloud.emulator().recorder().recent(Optional.of("Nightly"), 10).size());
  }

  @Test
  void aBreakpointThatIsNotValidIsRefusedWithTheReason() {
    JsonNode refused = api.post("/breakpoints", "{\"kind\":\"event\",\"function\":\"Nobody\"}");
    assertEquals(List.of(404, "No function named Nobody"),
        List.of(refused.get("httpStatus").asInt(), refused.get("message").asText()));
    JsonNode badPath = api.post("/breakpoints", "{\"kind\":\"event\",\"condition\":{\"path\":\"Records[0]\",\"op\":\"exists\"}}");
    assertEquals(List.of(400, "A JSON path starts with $: Records[0]"),
        List.of(badPath.get("httpStatus").asInt(), badPath.get("message").asText()));
    assertEquals(0, api.get("/breakpoints").get("breakpoints").size());
  }

  @Test
  void aDisabledBreakpointHoldsNothing() {
    String id = api.breakpoint("{\"kind\":\"event\",\"function\":\"Echo\"}");
    assertFalse(api.put("/breakpoints/" + id, "{\"enabled\":false}").get("enabled").asBoolean());
    assertEquals("{\"v\":1}", invoke("Echo", "{\"v\":1}").payload().asUtf8String());
  }
}
