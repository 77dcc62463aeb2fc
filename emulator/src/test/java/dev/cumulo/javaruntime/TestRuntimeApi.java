package dev.cumulo.javaruntime;

import dev.cumulo.http.EventLoops;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A Runtime API endpoint for one instance, just enough to drive a runtime client in tests: events are queued with
 * {@link #invoke}, handed out on {@code /next} (held until one is queued), and each invocation's future completes with
 * what the client posted. The lead's emulator implements the real one; this one has no lifecycle rules.
 */
final class TestRuntimeApi implements AutoCloseable {
  private static final String PREFIX = "/2018-06-01/runtime";
  private final EventLoops loops = new EventLoops(1);
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpServer server;
  private final Deque<Event> queued = new ArrayDeque<>();
  private final Deque<Exchange> waiting = new ArrayDeque<>();
  private final Map<String, CompletableFuture<Posted>> pending = new HashMap<>();
  private final CompletableFuture<Posted> initError = new CompletableFuture<>();
  private final List<Long> nextArrivals = new ArrayList<>();
  private int invocations;
  private final Map<Integer, CompletableFuture<Long>> nextWatchers = new HashMap<>();

  /** What the client posted for an invocation (or for init): the path's last word, headers, body. */
  record Posted(String kind, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private record Event(String requestId, byte[] payload, Map<String, String> headers) {}

  TestRuntimeApi(Path spill) {
    server =
        HttpServer.start(loops, HttpServer.Options.loopback(0, this::handle, executor, spill));
  }

  String address() {
    return "127.0.0.1:" + server.port();
  }

  CompletableFuture<Posted> invoke(String payload) {
    return invoke(payload, Map.of());
  }

  /**
   * Queues an event; request ids count up from {@code 00000000-0000-4000-8000-000000000001} so two runs compare
   * equal. Extra headers (trace id, client context, ...) go out with it on {@code /next}.
   */
  synchronized CompletableFuture<Posted> invoke(String payload, Map<String, String> headers) {
    String requestId = String.format("00000000-0000-4000-8000-%012d", ++invocations);
    CompletableFuture<Posted> result = new CompletableFuture<>();
    pending.put(requestId, result);
    Event event = new Event(requestId, payload.getBytes(StandardCharsets.UTF_8), headers);
    Exchange exchange = waiting.poll();
    if (exchange != null) {
      deliver(event, exchange);
    } else {
      queued.add(event);
    }
    return result;
  }

  CompletableFuture<Posted> initError() {
    return initError;
  }

  /** {@link System#nanoTime()} at each {@code /next} request. */
  synchronized List<Long> nextArrivals() {
    return List.copyOf(nextArrivals);
  }

  /** Completes with its {@link System#nanoTime()} when the {@code count}-th {@code /next} request arrives. */
  synchronized CompletableFuture<Long> nextRequest(int count) {
    if (nextArrivals.size() >= count) {
      return CompletableFuture.completedFuture(nextArrivals.get(count - 1));
    }
    return nextWatchers.computeIfAbsent(count, c -> new CompletableFuture<>());
  }

  private synchronized void handle(HttpRequest request, Exchange exchange) {
    String path = request.path();
    if (request.method().equals("GET") && path.equals(PREFIX + "/invocation/next")) {
      long now = System.nanoTime();
      nextArrivals.add(now);
      CompletableFuture<Long> watcher = nextWatchers.remove(nextArrivals.size());
      if (watcher != null) {
        watcher.complete(now);
      }
      Event event = queued.poll();
      if (event != null) {
        deliver(event, exchange);
      } else {
        waiting.add(exchange);
      }
      return;
    }
    Posted posted = new Posted(path.substring(path.lastIndexOf('/') + 1), headersOf(request), request.body().text());
    exchange.respond(HttpResponse.json(202, "{\"status\":\"OK\"}"));
    if (path.equals(PREFIX + "/init/error")) {
      initError.complete(posted);
      return;
    }
    String requestId = path.substring((PREFIX + "/invocation/").length(), path.lastIndexOf('/'));
    CompletableFuture<Posted> result = pending.remove(requestId);
    if (result != null) {
      result.complete(posted);
    }
  }

  private static void deliver(Event event, Exchange exchange) {
    HttpResponse response =
        HttpResponse.status(200)
            .header("Content-Type", "application/json")
            .header("Lambda-Runtime-Aws-Request-Id", event.requestId())
            .header("Lambda-Runtime-Deadline-Ms", System.currentTimeMillis() + 30_000)
            .header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:fn")
            .body(event.payload());
    event.headers().forEach(response::header);
    exchange.respond(response);
  }

  private static Map<String, String> headersOf(HttpRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
    return headers;
  }

  @Override
  public void close() {
    server.close();
    executor.shutdownNow();
    loops.close();
  }
}
