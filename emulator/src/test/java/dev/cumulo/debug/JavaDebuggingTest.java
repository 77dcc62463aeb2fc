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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * A Java function, compiled with debug information into a Maven layout, stopped at lines through JDI (the JVM runs
 * with a JDWP agent that connects to Cumulo on 127.0.0.1) and driven through the control API.
 */
class JavaDebuggingTest {
  static final String SOURCE =
      """
      package shop;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;

      public class Orders {
        public Map<String, Object> handle(Map<String, Object> event) {
          List<Map<String, Object>> items = (List<Map<String, Object>>) event.get("items");
          int total = 0;
          List<String> names = new ArrayList<>();
          for (Map<String, Object> item : items) {
            total += price(item);
            names.add((String) item.get("name"));
          }
          String label = "order " + event.get("id");
          return Map.of("label", label, "total", total, "names", names);
        }

        static int price(Map<String, Object> item) {
          int each = ((Number) item.get("price")).intValue();
          return each * ((Number) item.get("quantity")).intValue();
        }
      }
      """;
  static final String ORDER = "{\"id\":7,\"items\":[{\"name\":\"apple\",\"price\":3,\"quantity\":2},"
      + "{\"name\":\"pear\",\"price\":10,\"quantity\":2}]}";
  static final String RESULT = "{\"label\":\"order 7\",\"total\":26,\"names\":[\"apple\",\"pear\"]}";
  static final String FILE = "fn/src/main/java/shop/Orders.java";

  @TempDir static Path dir;
  static LocalCloud cloud;
  static DebugApi api;

  @BeforeAll
  static void start() throws IOException {
    LocalCloud.write(dir, Map.of(FILE, SOURCE));
    Path classes = Files.createDirectories(dir.resolve("fn/target/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-g", "-nowarn", "--release", "17", "-d", classes.toString(),
        dir.resolve(FILE).toString());
    assertEquals(0, status, "the fixture compiles");
    cloud = LocalCloud.start(dir, Map.of("template.yaml",
        """
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: java17
              CodeUri: fn/
              Handler: shop.Orders::handle
              MemorySize: 512
              Timeout: 30
          Quick:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: java17
              CodeUri: fn/
              Handler: shop.Orders::handle
              MemorySize: 512
              Timeout: 2
        """));
    api = new DebugApi(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @AfterEach
  void clear() {
    api.reset("Orders", "Quick");
  }

  private static CompletableFuture<InvokeResponse> invokeLater() {
    return invokeLater("Orders", ORDER);
  }

  private static CompletableFuture<InvokeResponse> invokeLater(String function, String payload) {
    return CompletableFuture.supplyAsync(() -> cloud.lambda().invoke(b -> b.functionName(function).logType(LogType.TAIL)
        .payload(SdkBytes.fromUtf8String(payload))));
  }

  private static void assertResult(InvokeResponse response) throws IOException {
    assertEquals(null, response.functionError(), response.payload().asUtf8String());
    assertEquals(Json.MAPPER.readTree(RESULT), Json.MAPPER.readTree(response.payload().asByteArray()));
  }

  @Test
  void aJavaFunctionStopsAtALineShowsItsLocalsStepsAndReturnsTheRightResult() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":16}");
    CompletableFuture<InvokeResponse> call = invokeLater();

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(dir.resolve(FILE).toString(), 16, "breakpoint", "java", "Orders.handle"),
        List.of(paused.get("location").get("file").asText(), paused.get("location").get("line").asInt(),
            paused.get("reason").asText(), paused.get("runtime").asText(), paused.get("frames").get(0).get("name").asText()));
    JsonNode variables = paused.get("variables");
    assertEquals(List.of("26", "int"), List.of(value(variables, "total"), variable(variables, "total").get("type").asText()));
    assertEquals("ArrayList (size 2) [\"apple\", \"pear\"]", value(variables, "names"));
    assertTrue(value(variables, "this").startsWith("Orders {"), value(variables, "this"));
    assertFalse(call.isDone());

    String id = paused.get("requestId").asText();
    JsonNode event = api.get("/paused/" + id + "/variables/" + variable(variables, "event").get("ref").asLong());
    assertEquals(List.of("id", "7"), List.of(event.get("variables").get(0).get("name").asText(),
        event.get("variables").get(0).get("value").asText()));

    api.post("/paused/" + id + "/step", "{\"kind\":\"over\"}");
    JsonNode stepped = api.pausedAt(id, 17);
    assertEquals("\"order 7\"", value(stepped.get("variables"), "label"));
    api.resume(id);
    assertResult(call.join());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }

  @Test
  void stepIntoEntersTheCalledMethodAndStepOutReturnsToTheCaller() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":13,\"condition\":\"total > 0\"}");
    api.put("/watches", "{\"watches\":[\"names.size\",\"items[1]\",\"nothing\"]}");
    CompletableFuture<InvokeResponse> call = invokeLater();

    JsonNode paused = api.paused("Orders");
    assertEquals("6", value(paused.get("variables"), "total"));
    JsonNode watches = paused.get("watches");
    assertEquals("1", watches.get(0).get("value").get("value").asText());
    assertTrue(watches.get(1).get("value").get("value").asText().contains("\"name\"=\"pear\""), watches.get(1).toString());
    assertEquals("nothing is not a variable or field here", watches.get(2).get("error").asText());

    String id = paused.get("requestId").asText();
    api.post("/paused/" + id + "/step", "{\"kind\":\"into\"}");
    JsonNode inside = api.pausedAt(id, 21);
    assertEquals(List.of("Orders.price", "Orders.handle"), List.of(inside.get("frames").get(0).get("name").asText(),
        inside.get("frames").get(1).get("name").asText()));

    api.post("/paused/" + id + "/step", "{\"kind\":\"out\"}");
    JsonNode back = Await.value("stopped back in handle", Duration.ofSeconds(20), () -> api.get("/paused/" + id),
        p -> p.get("httpStatus").asInt() == 200 && p.get("frames").get(0).get("name").asText().equals("Orders.handle"));
    assertEquals(13, back.get("location").get("line").asInt());
    api.resume(id);
    assertResult(call.join());
  }

  @Test
  void aBreakpointSetWhileTheInstanceIsWarmStopsItsNextInvocation() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    assertResult(invokeLater().join());
    assertEquals(1, api.get("/functions/Orders").get("attachedInstances").asInt());

    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":17}");
    CompletableFuture<InvokeResponse> call = invokeLater();
    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(17, "\"order 7\""),
        List.of(paused.get("location").get("line").asInt(), value(paused.get("variables"), "label")));
    api.resume(paused.get("requestId").asText());
    assertResult(call.join());
  }

  @Test
  void aLogpointWritesToTheInvocationsLogAndAHitCountSkipsEarlierHits() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":16,\"log\":\"total {total} for {names}\"}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":14,\"hitCount\":2}");
    CompletableFuture<InvokeResponse> call = invokeLater();

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(14, "26", "ArrayList (size 1) [\"apple\"]"), List.of(paused.get("location").get("line").asInt(),
        value(paused.get("variables"), "total"), value(paused.get("variables"), "names")));
    api.resume(paused.get("requestId").asText());
    InvokeResponse response = call.join();
    assertResult(response);
    String requestId = response.responseMetadata().requestId();
    cloud.emulator().recorder().flush();
    List<String> lines = cloud.emulator().recorder().logs(requestId).stream().map(l -> l.text()).toList();
    assertTrue(lines.contains("total 26 for ArrayList (size 2) [\"apple\", \"pear\"]"), lines.toString());
  }

  @Test
  void anotherInstanceServesWhileOneIsPaused() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":17,\"condition\":\"label == \\\"order 1\\\"\"}");
    CompletableFuture<InvokeResponse> stopped = invokeLater("Orders", "{\"id\":1,\"items\":[]}");
    JsonNode paused = api.paused("Orders");

    InvokeResponse other = invokeLater().join();
    assertResult(other);
    InvocationRecord served = cloud.emulator().recorder().find(other.responseMetadata().requestId()).orElseThrow();
    assertNotEquals(paused.get("instanceId").asText(), served.instanceId());
    assertFalse(stopped.isDone());

    api.resume(paused.get("requestId").asText());
    assertEquals(Json.MAPPER.readTree("{\"label\":\"order 1\",\"total\":0,\"names\":[]}"),
        Json.MAPPER.readTree(stopped.join().payload().asByteArray()));
  }

  @Test
  void aPausedInvocationDoesNotTimeOutAndItsDurationLeavesThePauseOut() throws IOException {
    api.put("/functions/Quick", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":9}");
    CompletableFuture<InvokeResponse> call = invokeLater("Quick", ORDER);
    String id = api.paused("Quick").get("requestId").asText();
    long since = System.nanoTime();
    Await.until("3 s, more than the 2 s timeout, have passed", Duration.ofSeconds(10),
        () -> System.nanoTime() - since > 3_000_000_000L);
    assertFalse(call.isDone());

    api.resume(id);
    assertResult(call.join());
    InvocationRecord record = cloud.emulator().recorder().find(id).orElseThrow();
    long pausedMicros = record.pauses().stream().filter(p -> p.cause() == PausedSpan.Cause.CODE_PAUSED)
        .mapToLong(PausedSpan::micros).sum();
    assertTrue(pausedMicros >= 3_000_000, "paused for " + pausedMicros + " µs");
    assertTrue(record.durationMs() < 2000, "duration " + record.durationMs() + " ms leaves the pause out");
  }

  @Test
  void turningDebuggingOffLetsAPausedInvocationFinishAndTheFunctionRunsOn() throws IOException {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"" + FILE + "\",\"line\":16}");
    CompletableFuture<InvokeResponse> call = invokeLater();
    api.paused("Orders");

    JsonNode off = api.put("/functions/Orders", "{\"debugging\":false}");
    assertEquals(List.of(false, 0), List.of(off.get("debugging").asBoolean(), off.get("attachedInstances").asInt()));
    assertResult(call.join());
    assertResult(invokeLater().join());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }
}
