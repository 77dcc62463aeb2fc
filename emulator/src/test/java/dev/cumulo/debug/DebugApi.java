package dev.cumulo.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The debugger's control API as a test (or an editor) calls it: JSON over HTTP with java.net.http. */
public final class DebugApi {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  public DebugApi(LocalCloud cloud) {
    this.base = cloud.emulator().edgeUrl() + "/_cumulo/debug";
  }

  public JsonNode get(String path) {
    return send("GET", path, null);
  }

  public JsonNode post(String path, String json) {
    return send("POST", path, json);
  }

  public JsonNode put(String path, String json) {
    return send("PUT", path, json);
  }

  public JsonNode delete(String path) {
    return send("DELETE", path, null);
  }

  /** Sends a request; the answer's JSON with its status added as {@code httpStatus}. */
  public JsonNode send(String method, String path, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      ObjectNode body = response.body().isEmpty() ? Json.object() : (ObjectNode) Json.MAPPER.readTree(response.body());
      return body.put("httpStatus", response.statusCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Adds a breakpoint and returns its id. */
  /** Lets a paused invocation ({@code requestId}) run on. */
  public void resume(String requestId) {
    post("/paused/" + requestId + "/continue", "");
  }

  /** Removes every breakpoint and watch and turns debugging off for {@code functions}: what each test leaves. */
  public void reset(String... functions) {
    removeBreakpoints();
    put("/watches", "{\"watches\":[]}");
    for (String function : functions) {
      put("/functions/" + function, "{\"debugging\":false}");
    }
  }

  public void removeBreakpoints() {
    for (JsonNode b : get("/breakpoints").get("breakpoints")) {
      delete("/breakpoints/" + b.get("id").asText());
    }
  }

  /** Ends every held event with {@code action}: {@code continue} or {@code drop}. */
  public void releaseHeldEvents(String action) {
    for (JsonNode e : get("/events").get("events")) {
      post("/events/" + e.get("id").asText() + "/" + action, "");
    }
  }

  public String breakpoint(String json) {
    JsonNode added = post("/breakpoints", json);
    if (added.get("httpStatus").asInt() != 201) {
      throw new AssertionError("breakpoint not added: " + added);
    }
    return added.get("id").asText();
  }

  /** Waits until exactly one event is held and returns it. */
  public JsonNode heldEvent() {
    return Await.value("an event is held", Duration.ofSeconds(20), () -> get("/events").get("events"), e -> e.size() == 1).get(0);
  }

  /** Waits until an invocation of {@code function} is paused and returns it. */
  public JsonNode paused(String function) {
    return Await.value(function + " is paused", Duration.ofSeconds(30), () -> get("/paused").get("paused"),
        list -> list.size() > 0 && list.findValuesAsText("function").contains(function)).get(0);
  }

  /** Waits until the paused invocation {@code id} stopped at {@code line} (after a step) and returns it. */
  public JsonNode pausedAt(String id, int line) {
    return Await.value(id + " is paused at line " + line, Duration.ofSeconds(30), () -> get("/paused/" + id),
        p -> p.get("httpStatus").asInt() == 200 && p.get("location").get("line").asInt() == line);
  }
}
