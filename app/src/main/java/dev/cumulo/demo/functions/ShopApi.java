package dev.cumulo.demo.functions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo's HTTP API, a plain POJO handler (no AWS library needed): {@code GET /hello/{name}} greets, {@code POST
 * /orders} puts the order on the orders queue with SQS's JSON protocol, passing the trace header on so that Cumulo
 * links the worker's invocation to this one. Copied into the extracted demo project at start.
 */
public class ShopApi {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public Map<String, Object> handleRequest(Map<String, Object> event) throws IOException, InterruptedException {
    String method = String.valueOf(event.getOrDefault("httpMethod", "GET"));
    String resource = String.valueOf(event.getOrDefault("resource", ""));
    Thread.sleep(5 + ThreadLocalRandom.current().nextInt(40));
    if (method.equals("POST") && resource.equals("/orders")) {
      return placeOrder(String.valueOf(event.getOrDefault("body", "{}")));
    }
    String name = name(event);
    if (name.hashCode() % 23 == 0) {
      throw new IllegalStateException("the greeting service is unavailable for " + name);
    }
    System.out.println("greeting " + name);
    return response(200, "{\"message\":\"Hello, " + name.replace("\"", "") + "!\"}");
  }

  private static String name(Map<String, Object> event) {
    if (event.get("pathParameters") instanceof Map<?, ?> params && params.get("name") != null) {
      return String.valueOf(params.get("name"));
    }
    return "world";
  }

  private Map<String, Object> placeOrder(String body) throws IOException, InterruptedException {
    long orderId = ThreadLocalRandom.current().nextLong(100_000, 999_999);
    String queueUrl = System.getenv().getOrDefault("ORDERS_QUEUE_URL", "");
    String endpoint = System.getenv().getOrDefault("AWS_ENDPOINT_URL", "http://127.0.0.1:4566");
    String message = "{\"orderId\":" + orderId + ",\"order\":" + (body.isBlank() ? "{}" : body) + "}";
    HttpRequest.Builder send = HttpRequest.newBuilder(URI.create(endpoint + "/"))
        .header("Content-Type", "application/x-amz-json-1.0")
        .header("X-Amz-Target", "AmazonSQS.SendMessage")
        .POST(HttpRequest.BodyPublishers.ofString("{\"QueueUrl\":\"" + queueUrl + "\",\"MessageBody\":" + quote(message) + "}"));
    traceHeader().ifPresent(trace -> send.header("X-Amzn-Trace-Id", trace));
    HttpResponse<String> queued = HTTP.send(send.build(), HttpResponse.BodyHandlers.ofString());
    if (queued.statusCode() != 200) {
      System.out.println("ERROR the orders queue answered " + queued.statusCode() + ": " + queued.body());
      return response(503, "{\"message\":\"orders are not taken right now\"}");
    }
    System.out.println("order " + orderId + " queued");
    return response(202, "{\"orderId\":" + orderId + "}");
  }

  /** Lambda's Java runtime gives the trace header as a system property; other runtimes use the environment. */
  private static java.util.Optional<String> traceHeader() {
    String property = System.getProperty("com.amazonaws.xray.traceHeader");
    return java.util.Optional.ofNullable(property != null ? property : System.getenv("_X_AMZN_TRACE_ID"));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Map<String, Object> response(int status, String body) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("statusCode", status);
    response.put("headers", Map.of("Content-Type", "application/json"));
    response.put("body", body);
    return response;
  }
}
