package dev.cumulo.triggers.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The S3 event notification message: one record per change, event version 2.1, the object key URL-encoded as S3
 * writes it (spaces become {@code +}). A removal's record carries no size or ETag; buckets are unversioned, so no
 * record carries a {@code versionId}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
 *     message structure</a>
 */
public final class S3Notification {
  private static final DateTimeFormatter EVENT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String HEX = "0123456789ABCDEF";

  private S3Notification() {}

  /**
   * One change to an object as a notification describes it.
   *
   * @param eventName such as {@code ObjectCreated:Put}, without the {@code s3:} prefix
   * @param configurationId the Id of the notification configuration that matched
   * @param removed whether the change removed the object (then size and ETag are left out)
   */
  public record Change(
      String eventName,
      Instant eventTime,
      String region,
      String principalId,
      String sourceIp,
      String requestId,
      String hostId,
      String configurationId,
      String bucket,
      String ownerId,
      String key,
      long size,
      String eTag,
      String sequencer,
      boolean removed) {}

  public static ObjectNode build(Change change) {
    ObjectNode event = Json.object();
    ObjectNode record = event.putArray("Records").addObject();
    record.put("eventVersion", "2.1");
    record.put("eventSource", "aws:s3");
    record.put("awsRegion", change.region());
    record.put("eventTime", EVENT_TIME.format(change.eventTime()));
    record.put("eventName", change.eventName());
    record.putObject("userIdentity").put("principalId", change.principalId());
    record.putObject("requestParameters").put("sourceIPAddress", change.sourceIp());
    record.putObject("responseElements")
        .put("x-amz-request-id", change.requestId())
        .put("x-amz-id-2", change.hostId());
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", change.configurationId());
    ObjectNode bucket = s3.putObject("bucket");
    bucket.put("name", change.bucket());
    bucket.putObject("ownerIdentity").put("principalId", change.ownerId());
    bucket.put("arn", "arn:aws:s3:::" + change.bucket());
    ObjectNode object = s3.putObject("object");
    object.put("key", encodeKey(change.key()));
    if (!change.removed()) {
      object.put("size", change.size());
      object.put("eTag", change.eTag());
    }
    object.put("sequencer", change.sequencer());
    return event;
  }

  /**
   * The message S3 sends to a queue when a notification configuration naming it is stored.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
   *     message structure</a>
   */
  public static ObjectNode testEvent(String bucket, Instant time, String requestId, String hostId) {
    return Json.object()
        .put("Service", "Amazon S3")
        .put("Event", "s3:TestEvent")
        .put("Time", EVENT_TIME.format(time))
        .put("Bucket", bucket)
        .put("RequestId", requestId)
        .put("HostId", hostId);
  }

  /**
   * A key as notifications write it: form-URL-encoded, so letters, digits, {@code - _ . * /} stay, a space becomes
   * {@code +}, and every other byte of its UTF-8 is percent-encoded.
   */
  static String encodeKey(String key) {
    StringBuilder out = new StringBuilder(key.length() + 8);
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '*' || c == '/') {
        out.append(c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }
}
