package dev.cumulo.queue.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.QueryString;
import dev.cumulo.metering.Metering;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names an SQS request as a bill counts it: the action, and the queue it addresses (by name, or the last part of its URL). */
final class SqsMetering {
  private static final Pattern JSON_QUEUE = Pattern.compile("\"Queue(?:Url|Name)\"\\s*:\\s*\"([^\"]*)\"");

  private SqsMetering() {}

  static Optional<Metering> of(HttpRequest request) {
    String target = request.headers().get("X-Amz-Target");
    if (target != null && target.startsWith(JsonWire.TARGET_PREFIX)) {
      Matcher m = JSON_QUEUE.matcher(new String(request.body().bytes(), StandardCharsets.UTF_8));
      return Optional.of(new Metering(Metering.SQS, m.find() ? queueName(m.group(1)) : "", target.substring(JsonWire.TARGET_PREFIX.length())));
    }
    return QueryWire.actionOf(request).map(action -> new Metering(Metering.SQS, queueOf(request), action));
  }

  private static String queueOf(HttpRequest request) {
    QueryString params = request.query().has("QueueUrl") || !request.method().equals("POST")
        ? request.query() : QueryString.parse(request.body().text());
    return queueName(params.first("QueueUrl").or(() -> params.first("QueueName")).orElse(request.path()));
  }

  private static String queueName(String url) {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
