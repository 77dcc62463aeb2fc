package dev.cumulo.ui.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An example event for a function, shaped like what its first event source delivers in AWS (API Gateway REST and HTTP
 * API proxy events, S3 notifications, SQS batches, EventBridge schedules), so that "Invoke" and "Generate traffic"
 * send what the handler expects. Functions without events get an empty object.
 */
public final class SampleEvents {
  private SampleEvents() {}

  public static String forFunction(FunctionSpec spec, String region, String account, int sequence) {
    ObjectNode event = spec.events().stream().findFirst()
        .map(source -> forSource(source, region, account, sequence))
        .orElseGet(Json::object);
    return prettyPrinted(event);
  }

  private static ObjectNode forSource(EventSource source, String region, String account, int n) {
    if (source instanceof EventSource.Api api) {
      return restApi(api.method(), api.path(), account, n);
    }
    if (source instanceof EventSource.HttpApi http) {
      return httpApi(http.method().isEmpty() ? "GET" : http.method(), http.path().isEmpty() ? "/" : http.path(), account, n);
    }
    if (source instanceof EventSource.S3 s3) {
      return s3Put(s3.bucket(), region, n);
    }
    if (source instanceof EventSource.Sqs sqs) {
      return sqsBatch(sqs.queueArn(), region, n);
    }
    if (source instanceof EventSource.Schedule schedule) {
      return scheduled(schedule.name(), region, account);
    }
    return Json.object();
  }

  private static String concretePath(String path, int n) {
    return path.replaceAll("\\{[^}/]+\\+?}", "item-" + n);
  }

  private static ObjectNode restApi(String method, String path, String account, int n) {
    String verb = method.equalsIgnoreCase("any") ? "GET" : method.toUpperCase();
    String actual = concretePath(path, n);
    ObjectNode e = Json.object();
    e.put("resource", path).put("path", actual).put("httpMethod", verb);
    e.putObject("headers").put("Accept", "application/json").put("Host", "127.0.0.1:3000");
    e.putObject("multiValueHeaders").putArray("Accept").add("application/json");
    e.putNull("queryStringParameters");
    e.putNull("multiValueQueryStringParameters");
    ObjectNode params = e.putObject("pathParameters");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}/+]+)\\+?}").matcher(path);
    while (m.find()) {
      params.put(m.group(1), "item-" + n);
    }
    e.putNull("stageVariables");
    ObjectNode ctx = e.putObject("requestContext");
    ctx.put("resourcePath", path).put("httpMethod", verb).put("path", "/Prod" + actual).put("stage", "Prod")
        .put("requestId", UUID.randomUUID().toString()).put("accountId", account).put("apiId", "cumulo")
        .put("requestTimeEpoch", System.currentTimeMillis()).put("protocol", "HTTP/1.1");
    ctx.putObject("identity").put("sourceIp", "127.0.0.1").put("userAgent", "Cumulo");
    e.putNull("body");
    e.put("isBase64Encoded", false);
    return e;
  }

  private static ObjectNode httpApi(String method, String path, String account, int n) {
    String verb = method.equalsIgnoreCase("any") ? "GET" : method.toUpperCase();
    String actual = concretePath(path, n);
    ObjectNode e = Json.object();
    e.put("version", "2.0").put("routeKey", verb + " " + path).put("rawPath", actual).put("rawQueryString", "");
    e.putObject("headers").put("accept", "application/json").put("host", "127.0.0.1:3000");
    ObjectNode ctx = e.putObject("requestContext");
    ctx.put("accountId", account).put("apiId", "cumulo").put("domainName", "127.0.0.1");
    ctx.putObject("http").put("method", verb).put("path", actual).put("protocol", "HTTP/1.1").put("sourceIp", "127.0.0.1")
        .put("userAgent", "Cumulo");
    ctx.put("requestId", UUID.randomUUID().toString()).put("routeKey", verb + " " + path).put("stage", "$default")
        .put("timeEpoch", System.currentTimeMillis());
    e.put("isBase64Encoded", false);
    return e;
  }

  private static ObjectNode s3Put(String bucket, String region, int n) {
    ObjectNode record = Json.object();
    record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", region)
        .put("eventTime", Instant.now().toString()).put("eventName", "ObjectCreated:Put");
    record.putObject("userIdentity").put("principalId", "cumulo");
    record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0").put("configurationId", "cumulo");
    s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
        .putObject("ownerIdentity").put("principalId", "cumulo");
    s3.putObject("object").put("key", "uploads/photo-" + n + ".jpg").put("size", 1024).put("eTag", md5("photo-" + n))
        .put("sequencer", String.format("%016X", System.nanoTime()));
    return records(record);
  }

  private static ObjectNode sqsBatch(String queueArn, String region, int n) {
    String body = "{\"orderId\":" + n + ",\"items\":" + (1 + n % 3) + "}";
    long now = System.currentTimeMillis();
    ObjectNode record = Json.object();
    record.put("messageId", UUID.randomUUID().toString()).put("receiptHandle", "cumulo-sample-" + n).put("body", body);
    record.putObject("attributes").put("ApproximateReceiveCount", "1").put("SentTimestamp", String.valueOf(now))
        .put("SenderId", "000000000000").put("ApproximateFirstReceiveTimestamp", String.valueOf(now));
    record.putObject("messageAttributes");
    record.put("md5OfBody", md5(body)).put("eventSource", "aws:sqs").put("eventSourceARN", queueArn).put("awsRegion", region);
    return records(record);
  }

  private static ObjectNode scheduled(String rule, String region, String account) {
    ObjectNode e = Json.object();
    e.put("version", "0").put("id", UUID.randomUUID().toString()).put("detail-type", "Scheduled Event")
        .put("source", "aws.events").put("account", account).put("time", Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"))
        .put("region", region);
    e.putArray("resources").add("arn:aws:events:" + region + ":" + account + ":rule/" + rule);
    e.putObject("detail");
    return e;
  }

  private static ObjectNode records(ObjectNode record) {
    ObjectNode e = Json.object();
    ArrayNode records = e.putArray("Records");
    records.add(record);
    return e;
  }

  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String prettyPrinted(ObjectNode node) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
