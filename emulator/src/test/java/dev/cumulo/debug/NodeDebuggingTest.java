package dev.cumulo.debug;

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
import dev.cumulo.triggers.Recorded;
import java.io.IOException;
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

/** Node.js functions stopped at lines through the inspector, driven through the control API. */
class NodeDebuggingTest {
  static final String ORDER = "{\"id\":7,\"items\":[{\"price\":3,\"quantity\":2},{\"price\":10,\"quantity\":2}]}";
  static final String RESULT = "{\"label\":\"order 7\",\"total\":26}";

  @TempDir static Path dir;
  static LocalCloud cloud;
  static DebugApi api;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: nodejs20.x
            CodeUri: src/
            Timeout: 2
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              Handler: orders.handler
          Typed:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: typed/
              Handler: dist/handler.handler
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 2
          JobWorker:
            Type: AWS::Serverless::Function
            Properties:
              Handler: job.handler
              Events:
                Queued:
                  Type: SQS
                  Properties:
                    Queue: !GetAtt Jobs.Arn
                    BatchSize: 1
        """,
        "src/job.js",
        """
        exports.handler = async (event) => {
          const bodies = event.Records.map(r => r.body);
          return { bodies };
        };
        """,
        "src/orders.js",
        """
        exports.handler = async (event) => {
          const items = event.items;
          let total = 0;
          for (const item of items) {
            total += item.price * item.quantity;
          }
          const label = `order ${event.id}`;
          return { label, total };
        };
        """,
        "typed/src/handler.ts",
        """
        interface Item {
          price: number;
          quantity: number;
        }

        interface Order {
          id: number;
          items: Item[];
        }

        export const handler = async (event: Order): Promise<{ label: string; total: number }> => {
          const total: number = event.items.reduce((sum: number, item: Item) => sum + item.price * item.quantity, 0);
          const label: string = `order ${event.id}`;
          return { label, total };
        };
        """,
        // compiled by tsc 5 (--target ES2020 --module commonjs --sourceMap --outDir dist --rootDir src)
        "typed/dist/handler.js",
        """
        "use strict";
        Object.defineProperty(exports, "__esModule", { value: true });
        exports.handler = void 0;
        const handler = async (event) => {
            const total = event.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
            const label = `order ${event.id}`;
            return { label, total };
        };
        exports.handler = handler;
        //# sourceMappingURL=handler.js.map
        """,
        "typed/dist/handler.js.map",
        "{\"version\":3,\"file\":\"handler.js\",\"sourceRoot\":\"\",\"sources\":[\"../src/handler.ts\"],\"names\":[],"
            + "\"mappings\":\";;;AAUO,MAAM,OAAO,GAAG,KAAK,EAAE,KAAY,EAA6C,EAAE;IACvF,MAAM,KAAK,GAAW,KAAK,CAAC,KAAK,"
            + "CAAC,MAAM,CAAC,CAAC,GAAW,EAAE,IAAU,EAAE,EAAE,CAAC,GAAG,GAAG,IAAI,CAAC,KAAK,GAAG,IAAI,CAAC,QAAQ,EAAE,CAAC,"
            + "CAAC,CAAC;IAC3G,MAAM,KAAK,GAAW,SAAS,KAAK,CAAC,EAAE,EAAE,CAAC;IAC1C,OAAO,EAAE,KAAK,EAAE,KAAK,EAAE,CAAC;AAC1B,"
            + "CAAC,CAAC;AAJW,QAAA,OAAO,WAIlB\"}"));
    api = new DebugApi(cloud);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @AfterEach
  void clear() {
    api.reset("Orders", "Typed", "JobWorker");
  }

  private static CompletableFuture<InvokeResponse> invokeLater(String function, String payload) {
    return CompletableFuture.supplyAsync(() -> cloud.lambda().invoke(b -> b.functionName(function).logType(LogType.TAIL)
        .payload(SdkBytes.fromUtf8String(payload))));
  }

  static JsonNode variable(JsonNode variables, String name) {
    for (JsonNode v : variables) {
      if (v.get("name").asText().equals(name)) {
        return v;
      }
    }
    throw new AssertionError("no variable " + name + " in " + variables);
  }

  static String value(JsonNode variables, String name) {
    return variable(variables, name).get("value").asText();
  }

  private String file(String relative) {
    return dir.resolve(relative).toString();
  }

  @Test
  void aNodeFunctionStopsAtALineShowsItsLocalsStepsAndReturnsTheRightResult() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":7}");
    CompletableFuture<InvokeResponse> call = invokeLater("Orders", ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals(List.of(file("src/orders.js"), 7, "breakpoint"), List.of(paused.get("location").get("file").asText(),
        paused.get("location").get("line").asInt(), paused.get("reason").asText()));
    assertEquals("26", value(paused.get("variables"), "total"));
    assertEquals("Array(2) [Object, Object]", value(paused.get("variables"), "items"));
    assertEquals("exports.handler", paused.get("frames").get(0).get("name").asText());
    assertFalse(call.isDone());

    String id = paused.get("requestId").asText();
    assertEquals(200, api.post("/paused/" + id + "/step", "{\"kind\":\"over\"}").get("httpStatus").asInt());
    JsonNode stepped = api.pausedAt(id, 8);
    assertEquals(List.of("\"order 7\"", "string"),
        List.of(value(stepped.get("variables"), "label"), variable(stepped.get("variables"), "label").get("type").asText()));

    api.resume(id);
    assertEquals(RESULT, call.join().payload().asUtf8String());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }

  @Test
  void aBreakpointOnATypeScriptLineStopsThereThroughTheSourceMap() {
    api.put("/functions/Typed", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"typed/src/handler.ts\",\"line\":13}");
    CompletableFuture<InvokeResponse> call = invokeLater("Typed", ORDER);

    JsonNode paused = api.paused("Typed");
    assertEquals(List.of(file("typed/src/handler.ts"), 13),
        List.of(paused.get("location").get("file").asText(), paused.get("location").get("line").asInt()));
    assertEquals("26", value(paused.get("variables"), "total"));
    String id = paused.get("requestId").asText();
    api.post("/paused/" + id + "/step", "{\"kind\":\"over\"}");
    assertEquals(file("typed/src/handler.ts"), api.pausedAt(id, 14).get("location").get("file").asText());
    api.resume(id);
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void anotherInstanceServesWhileOneIsPaused() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":8,\"condition\":\"event.id === 1\"}");
    CompletableFuture<InvokeResponse> stopped = invokeLater("Orders", "{\"id\":1,\"items\":[]}");
    JsonNode paused = api.paused("Orders");

    InvokeResponse other = invokeLater("Orders", ORDER).join();
    assertEquals(RESULT, other.payload().asUtf8String());
    InvocationRecord served = cloud.emulator().recorder().find(other.responseMetadata().requestId()).orElseThrow();
    assertNotEquals(paused.get("instanceId").asText(), served.instanceId());
    assertFalse(stopped.isDone());

    api.resume(paused.get("requestId").asText());
    assertEquals("{\"label\":\"order 1\",\"total\":0}", stopped.join().payload().asUtf8String());
  }

  @Test
  void aPausedInvocationDoesNotTimeOutAndItsDurationLeavesThePauseOut() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":3}");
    CompletableFuture<InvokeResponse> call = invokeLater("Orders", ORDER);
    JsonNode paused = api.paused("Orders");
    long since = System.nanoTime();
    Await.until("3 s, more than the 2 s timeout, have passed", Duration.ofSeconds(10),
        () -> System.nanoTime() - since > 3_000_000_000L);
    assertFalse(call.isDone());
    String id = paused.get("requestId").asText();
    assertEquals(200, api.get("/paused/" + id).get("httpStatus").asInt());

    api.resume(id);
    InvokeResponse response = call.join();
    assertEquals(null, response.functionError());
    assertEquals(RESULT, response.payload().asUtf8String());
    InvocationRecord record = cloud.emulator().recorder().find(id).orElseThrow();
    List<PausedSpan> code = record.pauses().stream().filter(p -> p.cause() == PausedSpan.Cause.CODE_PAUSED).toList();
    assertEquals(1, code.size());
    assertTrue(code.get(0).micros() >= 3_000_000, "paused for " + code.get(0).micros() + " µs");
    assertTrue(record.durationMs() < 2000, "duration " + record.durationMs() + " ms leaves the pause out");
    JsonNode shown = Await.value("the invocation is recorded", Duration.ofSeconds(10),
        () -> invocation(id), i -> i.path("phase").asText().equals("done"));
    assertEquals("code_paused", shown.get("pauses").get(0).get("cause").asText());
    assertTrue(shown.get("pausedMs").asDouble() >= 3000, shown.toString());
  }

  @Test
  void aMessageWhoseInvocationIsPausedStaysHiddenBeyondItsVisibilityTimeoutAndIsProcessedOnce() {
    api.put("/functions/JobWorker", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/job.js\",\"line\":2}");
    cloud.sqs().sendMessage(b -> b.queueUrl(cloud.sqs().getQueueUrl(q -> q.queueName("Jobs")).queueUrl()).messageBody("job 1"));
    String id = api.paused("JobWorker").get("requestId").asText();
    long since = System.nanoTime();

    Await.until("3 s, more than the queue's 2 s visibility timeout, have passed", Duration.ofSeconds(10),
        () -> System.nanoTime() - since > 3_000_000_000L);
    assertEquals(Map.of("ApproximateNumberOfMessages", "0", "ApproximateNumberOfMessagesNotVisible", "1"), cloud.messageCounts("Jobs"));
    api.resume(id);

    Await.until("the processed message is deleted", Duration.ofSeconds(20), () -> cloud.queueEmpty("Jobs"));
    List<InvocationRecord> runs = Recorded.awaitFinished(cloud, "JobWorker", "the job ran", list -> !list.isEmpty());
    assertEquals(List.of(id), runs.stream().map(InvocationRecord::requestId).toList());
  }

  private static JsonNode invocation(String requestId) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(cloud.emulator().edgeUrl() + "/_cumulo/invocations/" + requestId)).build(),
          HttpResponse.BodyHandlers.ofString());
      return Json.MAPPER.readTree(response.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBreakpointWithAHitCountStopsOnItsNthHitAndItsValuesExpand() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":5,\"hitCount\":2}");
    api.put("/watches", "{\"watches\":[\"total * 2\",\"items.length\",\"nothing.here\"]}");
    CompletableFuture<InvokeResponse> call = invokeLater("Orders", ORDER);

    JsonNode paused = api.paused("Orders");
    assertEquals("6", value(paused.get("variables"), "total"));
    JsonNode item = variable(paused.get("variables"), "item");
    assertEquals("{price: 10, quantity: 2}", item.get("value").asText());
    String id = paused.get("requestId").asText();
    JsonNode fields = api.get("/paused/" + id + "/variables/" + item.get("ref").asLong()).get("variables");
    assertEquals(List.of("price=10", "quantity=2"),
        List.of(fields.get(0).get("name").asText() + "=" + fields.get(0).get("value").asText(),
            fields.get(1).get("name").asText() + "=" + fields.get(1).get("value").asText()));
    JsonNode watches = paused.get("watches");
    assertEquals(List.of("12", "2"), List.of(watches.get(0).get("value").get("value").asText(),
        watches.get(1).get("value").get("value").asText()));
    assertTrue(watches.get(2).get("error").asText().contains("nothing is not defined"), watches.get(2).toString());

    api.resume(id);
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void aLogpointWritesToTheInvocationsLogWithoutStopping() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":8,\"log\":\"order {event.id} comes to {total}\"}");
    InvokeResponse response = invokeLater("Orders", ORDER).join();
    assertEquals(RESULT, response.payload().asUtf8String());
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertTrue(log.contains("\tINFO\torder 7 comes to 26"), log);
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }

  @Test
  void aBreakpointSetWhileTheInstanceIsWarmStopsItsNextInvocation() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    assertEquals(RESULT, invokeLater("Orders", ORDER).join().payload().asUtf8String());
    assertEquals(1, api.get("/functions/Orders").get("attachedInstances").asInt());

    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":3}");
    CompletableFuture<InvokeResponse> call = invokeLater("Orders", ORDER);
    JsonNode paused = api.paused("Orders");
    assertEquals(3, paused.get("location").get("line").asInt());
    api.resume(paused.get("requestId").asText());
    assertEquals(RESULT, call.join().payload().asUtf8String());
  }

  @Test
  void turningDebuggingOffLetsAPausedInvocationFinishAndTheFunctionRunsOn() {
    api.put("/functions/Orders", "{\"debugging\":true}");
    api.breakpoint("{\"kind\":\"code\",\"file\":\"src/orders.js\",\"line\":7}");
    CompletableFuture<InvokeResponse> call = invokeLater("Orders", ORDER);
    api.paused("Orders");
    assertEquals(1, api.get("/functions/Orders").get("attachedInstances").asInt());

    JsonNode off = api.put("/functions/Orders", "{\"debugging\":false}");
    assertEquals(List.of(false, 0), List.of(off.get("debugging").asBoolean(), off.get("attachedInstances").asInt()));
    assertEquals(RESULT, call.join().payload().asUtf8String());
    assertEquals(RESULT, invokeLater("Orders", ORDER).join().payload().asUtf8String());
    assertTrue(api.get("/paused").get("paused").isEmpty());
  }
}
