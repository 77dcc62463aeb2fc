package dev.cumulo.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry of a function's {@code Events}: what wakes the function. */
public sealed interface EventSource {

  /** The key of the event under {@code Events}. */
  String name();

  Location location();

  /** {@code Type: Api}: an API Gateway REST API proxy route (payload format 1.0). */
  record Api(String name, String path, String method, Location location) implements EventSource {}

  /** {@code Type: HttpApi}: an API Gateway HTTP API route; no path and method means the {@code $default} route. */
  record HttpApi(String name, String path, String method, String payloadFormatVersion, Location location)
      implements EventSource {}

  /** {@code Type: S3}: notifications of a bucket, with the key filter rules (prefix, suffix). */
  record S3(String name, String bucket, List<String> events, Map<String, String> filterRules, Location location)
      implements EventSource {}

  /** {@code Type: SQS}: an event source mapping polling a queue, named by its ARN. */
  record Sqs(
      String name,
      String queueArn,
      int batchSize,
      int maximumBatchingWindowInSeconds,
      boolean enabled,
      boolean reportBatchItemFailures,
      Optional<Integer> maximumConcurrency,
      Location location)
      implements EventSource {}

  /** {@code Type: Schedule} or {@code ScheduleV2}: an EventBridge schedule with {@code rate()} or {@code cron()}. */
  record Schedule(String name, String expression, Optional<String> input, boolean enabled, Location location)
      implements EventSource {}

  /** Any other event type, kept so that it can be shown; Cumulo does not deliver it. */
  record Other(String name, String type, Map<String, Object> properties, Location location) implements EventSource {}
}
