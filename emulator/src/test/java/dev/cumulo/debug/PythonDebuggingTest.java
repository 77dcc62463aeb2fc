package dev.cumulo.debug;

import static dev.cumulo.debug.NodeDebuggingTest.value;
import static dev.cumulo.debug.NodeDebuggingTest.variable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Python functions stopped at lines by Cumulo's bdb-based debugger, driven through the control API. */
class PythonDebuggingTest {
  static final String ORDER = "{\"id\":7,\"items\":[{\"price\":3,\"quantity\":2},{\"price\":10,\"quantity\":2}]}";
  static final String RESULT = "{\"label\": \"order 7\", \"total\": 26}";

  @TempDir static Path dir;
  static LocalCloud cloud;
  static DebugApi api;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.11
              CodeUri: src/
              Handler: orders.handler
              Timeout: 2
        """,
        "src/orders.py",
        """
        def price(item):
            return item["price"] * item["quantity"]


        def handler(event, context):
            items = event["items"]
            total = 0
            for item in items:
                total += price(item)
            label = "order %d" % event["id"]
            return {"label": label, "total": total}


        DISCOUNTS = {"vip": 0.1}
        """));
    api = new DebugApi(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @AfterEach
  void clear() {
    api.reset("Orders");
  }

  private static CompletableFuture<InvokeResponse> invokeLater(String payload) {
    return CompletableFuture.supplyAsync(() -> cloud.lambda().invoke(b -> b.functionName("Orders").logType(LogType.TAIL)
        .payload(SdkBytes.fromUtf8String(payload))));
  }

  private String file() {
    return dir.resolve("src/orders.py").toString();
  }

  @Test
  void aPythonFunctionStopsAtALineShowsItsLocalsStepsAndReturnsTheRightResult() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":10}");
    api.put("/watches", "{\"watches\":[\"total * 2\",\"len(items)\"]}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(file(), 10, "breakpoint", "handler"), List.of(paused.get("location").get("file").asText(),
        paused.get("location").get("line").asInt(), paused.get("reason").asText(),
        paused.get("frames").get(0).get("name").asText()));
    assertEquals(List.of("26", "int"), List.of(value(paused.get("variables"), "total"),
        variable(paused.get("variables"), "total").get("type").asText()));
    assertEquals("[{'price': 3, 'quantity': 2}, {'price': 10, 'quantity': 2}]", value(paused.get("variables"), "items"));
    assertEquals(List.of("52", "2"), List.of(paused.get("watches").get(0).get("value").get("value").asText(),
        paused.get("watches").get(1).get("value").get("value").asText()));

    String id = paused.get("requestId").asText();
    JsonNode items = variable(paused.get("variables"), "items");
    JsonNode first = api.get("/paused/" + id + "/variables/" + items.get("ref").asLong()).get("variables").get(0);
    assertEquals(List.of("[0]", "{'price': 3, 'quantity': 2}"), List.of(first.get("name").asText(), first.get("value").asText()));

    api.post("/paused/" + id + "/step", "{\"kind\":\"over\"}");
    assertEquals("'order 7'", value(api.pausedAt(id, 11).get("variables"), "label"));
    api.resume(id);
    assertEquals(RESULT, call.join().payload().asUtf8String());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }

  @Test
  void steppingIntoACallStopsInsideItAndSteppingOutReturnsToTheCaller() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":9,\"condition\":\"total > 0\"}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals("6", value(paused.get("variables"), "total"));
    String id = paused.get("requestId").asText();
    api.post("/paused/" + id + "/step", "{\"kind\":\"into\"}");
    JsonNode inside = api.pausedAt(id, 2);
    assertEquals(List.of("price", "handler"), List.of(inside.get("frames").get(0).get("name").asText(),
        inside.get("frames").get(1).get("name").asText()));
    assertEquals("{'price': 10, 'quantity': 2}", value(inside.get("variables"), "item"));

    api.post("/paused/" + id + "/step", "{\"kind\":\"out\"}");
    JsonNode back = Await.value("stopped back in handler", Duration.ofSeconds(20), () -> api.get("/paused/" + id),
        p -> p.get("httpStatus").asInt() == 200 && p.get("frames").get(0).get("name").asText().equals("handler"));
    assertEquals(1, back.get("frames").size());
    api.resume(id);
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void aBreakpointInInitCodeStopsTheColdStartBeforeTheFirstEvent() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":14}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(14, "<module>"),
        List.of(paused.get("location").get("line").asInt(), paused.get("frames").get(0).get("name").asText()));
    assertFalse(call.isDone());
    api.resume(paused.get("requestId").asText());
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void aLogpointWritesToTheInvocationsLogWithoutStopping() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":11,\"log\":\"{label} comes to {total}\"}");
    InvokeResponse response = invokeLater(ORDER).join();
    assertEquals(RESULT, response.payload().asUtf8String());
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertTrue(log.lines().anyMatch("order 7 comes to 26"::equals), log);
  }

  @Test
  void aBreakpointSetWhileTheInstanceIsWarmStopsItsNextInvocation() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    assertEquals(RESULT, invokeLater(ORDER).join().payload().asUtf8String());
    assertEquals(1, api.get("/functions/Orders").get("attachedInstances").asInt());

    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":11}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);
    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(11, "'order 7'"),
        List.of(paused.get("location").get("line").asInt(), value(paused.get("variables"), "label")));
    api.resume(paused.get("requestId").asText());
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void aBreakpointWithAHitCountStopsOnItsNthHit() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":9,\"hitCount\":2}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(9, "6", "{'price': 10, 'quantity': 2}"), List.of(paused.get("location").get("line").asInt(),
        value(paused.get("variables"), "total"), value(paused.get("variables"), "item")));
    api.resume(paused.get("requestId").asText());
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void anotherInstanceServesWhileOneIsPaused() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":10,\"condition\":\"event['id'] == 1\"}");
    CompletableFuture<InvokeResponse> stopped = invokeLater("{\"id\":1,\"items\":[]}");
    JsonNode paused = api.paused("Orders");

    InvokeResponse other = invokeLater(ORDER).join();
    assertEquals(RESULT, other.payload().asUtf8String());
    InvocationRecord served = cloud.emulator().recorder().find(other.responseMetadata().requestId()).orElseThrow();
    assertNotEquals(paused.get("instanceId").asText(), served.instanceId());
    assertFalse(stopped.isDone());

    api.resume(paused.get("requestId").asText());
    assertEquals("{\"label\": \"order 1\", \"total\": 0}", stopped.join().payload().asUtf8String());
  }

  @Test
  void aPausedInvocationDoesNotTimeOutAndItsDurationLeavesThePauseOut() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":6}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);
    String id = api.paused("Orders").get("requestId").asText();
    long since = System.nanoTime();
    Await.until("3 s, more than the 2 s timeout, have passed", Duration.ofSeconds(10),
        () -> System.nanoTime() - since > 3_000_000_000L);
    assertFalse(call.isDone());

    api.resume(id);
    InvokeResponse response = call.join();
    assertEquals(null, response.functionError());
    assertEquals(RESULT, response.payload().asUtf8String());
    InvocationRecord record = cloud.emulator().recorder().find(id).orElseThrow();
    long pausedMicros = record.pauses().stream().filter(p -> p.cause() == PausedSpan.Cause.CODE_PAUSED)
        .mapToLong(PausedSpan::micros).sum();
    assertTrue(pausedMicros >= 3_000_000, "paused for " + pausedMicros + " µs");
    assertTrue(record.durationMs() < 2000, "duration " + record.durationMs() + " ms leaves the pause out");
  }

  @Test
  void turningDebuggingOffLetsAPausedInvocationFinishAndTheFunctionRunsOn() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":10}");
    CompletableFuture<InvokeResponse> call = invokeLater(ORDER);
    api.paused("Orders");

    JsonNode off = api.put("/functions/Orders", "{\"debugging\":false}");
    assertEquals(List.of(false, 0), List.of(off.get("debugging").asBoolean(), off.get("attachedInstances").asInt()));
    assertEquals(RESULT, call.join().payload().asUtf8String());
    assertEquals(RESULT, invokeLater(ORDER).join().payload().asUtf8String());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }

  @Test
  void aMemorySweepOfADebuggedFunctionRunsPastItsBreakpoints() throws Exception {
    String captured = invokeLater(ORDER).join().responseMetadata().requestId();
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.py\",\"line\":10}");

    HttpResponse<String> sweep = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(cloud.emulator().edgeUrl() + "/_cumulo/cost/sweep")).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString("{\"requestId\":\"" + captured + "\",\"sizes\":[512],\"repetitions\":2}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, sweep.statusCode(), sweep.body());
    JsonNode measured = Json.MAPPER.readTree(sweep.body()).get("measured").get(0);
    assertTrue(measured.get("error").isNull(), measured.toString());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }
}
