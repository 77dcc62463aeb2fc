package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A Chrome DevTools Protocol connection to one Node.js inspector over a WebSocket: commands with their replies, and
 * events. Events are handed to the listener on the WebSocket's thread, in order; the listener must not wait for a
 * reply there (replies arrive on that same thread).
 */
final class Cdp implements AutoCloseable {
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final BiConsumer<String, JsonNode> events;
  private WebSocket socket;
  private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);

  private Cdp(BiConsumer<String, JsonNode> events) {
    this.events = events;
  }

  /** Connects to {@code webSocketUrl} (a ws://127.0.0.1 address); {@code events} gets each event's method and params. */
  static Cdp connect(HttpClient http, URI webSocketUrl, BiConsumer<String, JsonNode> events) throws IOException {
    Cdp cdp = new Cdp(events);
    try {
      cdp.socket = http.newWebSocketBuilder().connectTimeout(REPLY_TIMEOUT).buildAsync(webSocketUrl, cdp.new Listener())
          .get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return cdp;
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("Cannot connect to the Node.js inspector at " + webSocketUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted connecting to " + webSocketUrl, e);
    }
  }

  /** Sends a command; the future completes with its result, or fails with the inspector's error. */
  CompletableFuture<JsonNode> send(String method, ObjectNode params) {
    long id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    waiting.put(id, reply);
    ObjectNode message = Json.object().put("id", id).put("method", method);
    message.set("params", params);
    String text = Json.write(message);
    synchronized (this) {
      lastSend = lastSend.exceptionally(e -> socket).thenCompose(ws -> socket.sendText(text, true));
      lastSend.whenComplete((ws, e) -> {
        if (e != null) {
          waiting.remove(id);
          reply.completeExceptionally(e);
        }
      });
    }
    return reply;
  }

  /** Sends a command and waits for its result; fails with an unchecked exception when it cannot be had. */
  JsonNode call(String method, ObjectNode params) {
    try {
      return send(method, params).get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new InspectorException(method + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new InspectorException(method + " got no reply in " + REPLY_TIMEOUT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InspectorException(method + " was interrupted", e);
    }
  }

  JsonNode call(String method) {
    return call(method, Json.object());
  }

  CompletableFuture<Void> closed() {
    return closed;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    ended(new InspectorException("the inspector connection was closed", null));
  }

  private void ended(Throwable why) {
    waiting.values().forEach(f -> f.completeExceptionally(why));
    waiting.clear();
    closed.complete(null);
  }

  private void received(String text) {
    JsonNode message;
    try {
      message = Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = waiting.remove(message.get("id").asLong());
      if (reply == null) {
        return;
      }
      if (message.has("error")) {
        reply.completeExceptionally(new InspectorException(message.get("error").path("message").asText(), null));
      } else {
        reply.complete(message.path("result"));
      }
    } else if (message.has("method")) {
      events.accept(message.get("method").asText(), message.path("params"));
    }
  }

  /** A command the inspector refused or did not answer. */
  static final class InspectorException extends RuntimeException {
    InspectorException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        received(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      ended(new InspectorException("the inspector closed the connection: " + reason, null));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      ended(error);
    }
  }
}
