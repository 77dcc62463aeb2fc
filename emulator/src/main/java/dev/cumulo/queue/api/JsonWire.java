package dev.cumulo.queue.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.queue.model.SqsException;
import java.nio.charset.StandardCharsets;

/**
 * The AWS JSON 1.0 protocol: {@code X-Amz-Target: AmazonSQS.<Action>}, a JSON body, JSON results; errors carry
 * {@code __type} and {@code message} and, because SQS is query-compatible, the {@code x-amzn-query-error} header with
 * the query code and fault ({@code AWS.SimpleQueueService.NonExistentQueue;Sender}).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-json-api-responses.html">JSON API responses</a>
 */
final class JsonWire implements Wire {
  static final String TARGET_PREFIX = "AmazonSQS.";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

  @Override
  public String action(HttpRequest request) {
    return request.headers().get("X-Amz-Target").substring(TARGET_PREFIX.length());
  }

  @Override
  public <R> R bind(HttpRequest request, Class<R> type) {
    byte[] body = request.body().length() == 0 ? EMPTY_OBJECT : request.body().bytes();
    return WireJson.bind(() -> WireJson.MAPPER.readValue(body, type));
  }

  @Override
  public HttpResponse success(String action, Object result, String requestId) {
    try {
      byte[] body = result == null ? EMPTY_OBJECT : WireJson.MAPPER.writeValueAsBytes(result);
      return HttpResponse.status(200).header("Content-Type", CONTENT_TYPE).header("x-amzn-RequestId", requestId).body(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the " + action + " result", e);
    }
  }

  @Override
  public HttpResponse error(SqsException error, String requestId) {
    ObjectNode body = WireJson.MAPPER.createObjectNode();
    body.put("__type", error.error().jsonType());
    body.put("message", error.getMessage());
    return HttpResponse.status(error.error().status())
        .header("Content-Type", CONTENT_TYPE)
        .header("x-amzn-RequestId", requestId)
        .header("x-amzn-query-error", error.error().queryCode() + ";" + error.error().faultType())
        .body(body.toString());
  }
}
