package dev.cumulo.debug.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The debug channel to Cumulo's Python runtime client: one JSON object per line each way over a loopback socket.
 * Requests carry a {@code seq} the client's reply names; everything else the client sends is an event, handed to the
 * listener on the channel's reader thread.
 */
final class JsonLines implements AutoCloseable {
  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;
  private final AtomicLong seqs = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

  JsonLines(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    this.out = socket.getOutputStream();
  }

  /** The next line, parsed; empty at the end of the stream. */
  Optional<JsonNode> read() throws IOException {
    String line = in.readLine();
    return line == null ? Optional.empty() : Optional.of(Json.MAPPER.readTree(line));
  }

  /** Reads on a daemon thread until the stream ends: replies complete their request, events go to {@code events}. */
  void listen(String name, Consumer<JsonNode> events, Runnable ended) {
    try {
      socket.setSoTimeout(0);
    } catch (IOException e) {
      throw new ChannelException("The Python debug channel is closed", e);
    }
    Thread reader = new Thread(() -> {
      try {
        Optional<JsonNode> message;
        while ((message = read()).isPresent()) {
          JsonNode m = message.get();
          if (m.has("reply")) {
            Optional.ofNullable(waiting.remove(m.get("reply").asLong())).ifPresent(f -> f.complete(m));
          } else {
            events.accept(m);
          }
        }
      } catch (IOException e) {
        // the process went away; fall through to ended
      } finally {
        waiting.values().forEach(f -> f.completeExceptionally(new IOException("the Python debug channel closed")));
        ended.run();
      }
    }, name);
    reader.setDaemon(true);
    reader.start();
  }

  synchronized void send(ObjectNode message) {
    try {
      out.write((Json.write(message) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new ChannelException("Cannot write to the Python debug channel: " + e.getMessage(), e);
    }
  }

  /** Sends a request and waits for its reply; an {@code error} in the reply becomes an exception. */
  JsonNode request(ObjectNode message) {
    long seq = seqs.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    waiting.put(seq, reply);
    send(message.put("seq", seq));
    try {
      JsonNode answer = reply.get(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (answer.has("error")) {
        throw new ChannelException(answer.get("error").asText(), null);
      }
      return answer;
    } catch (ExecutionException e) {
      throw new ChannelException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      waiting.remove(seq);
      throw new ChannelException("The Python runtime did not answer " + message.path("op").asText(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ChannelException("Interrupted waiting for the Python runtime", e);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  /** A request the Python runtime refused or did not answer. */
  static final class ChannelException extends RuntimeException {
    ChannelException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
