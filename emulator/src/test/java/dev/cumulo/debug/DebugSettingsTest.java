package dev.cumulo.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debugger's settings persist per project, and its control API answers bad requests with their reason. */
class DebugSettingsTest {
  static final Map<String, String> PROJECT = Map.of(
      "template.yaml",
      """
      Resources:
        Greeter:
          Type: AWS::Serverless::Function
          Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/}
        Script:
          Type: AWS::Serverless::Function
          Properties: {Runtime: provided.al2023, Handler: none, CodeUri: script/}
      """,
      "src/app.py", "def handler(event, context):\n    return event\n",
      "script/bootstrap", "#!/bin/sh\nexit 1\n");

  @TempDir Path dir;

  @Test
  void breakpointsWatchesAndFunctionSettingsSurviveARestart() throws Exception {
    LocalCloud first = LocalCloud.start(dir, PROJECT);
    DebugApi api = new DebugApi(first);
    String event = api.breakpoint("{\"kind\":\"event\",\"trigger\":\"sqs\",\"resource\":\"orders\"}");
    String code = api.breakpoint("{\"kind\":\"code\",\"file\":\"src/app.py\",\"line\":2,\"hitCount\":3,\"condition\":\"event\"}");
    api.put("/watches", "{\"watches\":[\"event['id']\"]}");
    api.put("/functions/Greeter", "{\"debugging\":true,\"breakOnError\":true}");
    JsonNode before = api.get("");

    try (LocalCloud second = first.restart(c -> c)) {
      JsonNode after = new DebugApi(second).get("");
      assertEquals(before.get("breakpoints"), after.get("breakpoints"));
      assertEquals(List.of(event, code), after.get("breakpoints").findValuesAsText("id"));
      assertEquals("[\"event['id']\"]", after.get("watches").toString());
      JsonNode greeter = after.get("functions").get(0);
      assertEquals(List.of("Greeter", true, true, true),
          List.of(greeter.get("function").asText(), greeter.get("debugging").asBoolean(),
              greeter.get("breakOnError").asBoolean(), greeter.get("codeDebuggable").asBoolean()));
      String id = new DebugApi(second).breakpoint("{\"kind\":\"event\"}");
      assertEquals(String.valueOf(Integer.parseInt(code) + 1), id, "ids keep counting after a restart");
    }
    JsonNode file = Json.MAPPER.readTree(Files.readString(dir.resolve(".cumulo/debug/breakpoints.json")));
    assertEquals(3, file.get("breakpoints").size());
  }

  @Test
  void badRequestsAreAnsweredWithTheirReason() {
    try (LocalCloud cloud = LocalCloud.start(dir, PROJECT)) {
      DebugApi api = new DebugApi(cloud);
      assertEquals(List.of(400, "provided.al2023 functions have no code debugger; event breakpoints work for them"),
          answer(api.put("/functions/Script", "{\"debugging\":true}")));
      assertEquals(List.of(404, "No function named Nobody"), answer(api.put("/functions/Nobody", "{\"debugging\":true}")));
      assertEquals(List.of(400, "debugging must be true or false"), answer(api.put("/functions/Greeter", "{\"debugging\":\"yes\"}")));
      assertEquals(List.of(400, "line must be 1 or more"), answer(api.post("/breakpoints", "{\"kind\":\"code\",\"file\":\"a.py\",\"line\":0}")));
      assertEquals(400, api.post("/breakpoints", "{not json").get("httpStatus").asInt());
      assertEquals(List.of(404, "No breakpoint 99"), answer(api.delete("/breakpoints/99")));
      assertEquals(List.of(404, "No held event 5"), answer(api.post("/events/5/continue", "")));
      assertEquals(List.of(404, "No debugged instance or paused invocation abc"), answer(api.post("/paused/abc/continue", "")));
      assertEquals(List.of(404, "No paused invocation abc"), answer(api.get("/paused/abc")));
      assertEquals(List.of(400, "Use POST on events/5/drop"), answer(api.get("/events/5/drop")));
      assertEquals(404, api.get("/nothing-here").get("httpStatus").asInt());
    }
  }

  @Test
  void aWaitingSnapshotRequestAnswersAtTheNextChange() {
    try (LocalCloud cloud = LocalCloud.start(dir, PROJECT)) {
      DebugApi api = new DebugApi(cloud);
      long version = api.get("").get("version").asLong();
      CompletableFuture<JsonNode> waiting = CompletableFuture.supplyAsync(() -> api.get("?wait=" + version + "&timeout=30000"));
      api.breakpoint("{\"kind\":\"event\",\"function\":\"Greeter\"}");
      JsonNode changed = waiting.join();
      assertTrue(changed.get("version").asLong() > version);
      assertEquals(1, changed.get("breakpoints").size());
    }
  }

  private static List<Object> answer(JsonNode response) {
    return List.of(response.get("httpStatus").asInt(), response.path("message").asText());
  }
}
