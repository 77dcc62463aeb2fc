package dev.cumulo.storage.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One change to an object, with what an S3 event notification record carries. For a removal, {@code size} and
 * {@code eTag} are those of the removed object, which S3's records leave out.
 *
 * @param sequencer hex, increasing with each event; compare after left-padding, as S3 documents
 * @param traceId the request's {@code X-Amzn-Trace-Id} header, which links triggered work to its cause
 * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html">Event
 *     message structure</a>
 */
public record ObjectEvent(
    Type type,
    String bucket,
    String key,
    long size,
    String eTag,
    String sequencer,
    Instant eventTime,
    String sourceIp,
    String requestId,
    String hostId,
    Optional<String> traceId) {

  /** The event types S3 emits for an unversioned bucket, with their notification names. */
  public enum Type {
    PUT("ObjectCreated:Put"),
    POST("ObjectCreated:Post"),
    COPY("ObjectCreated:Copy"),
    COMPLETE_MULTIPART_UPLOAD("ObjectCreated:CompleteMultipartUpload"),
    DELETE("ObjectRemoved:Delete");

    private final String eventName;

    Type(String eventName) {
      this.eventName = eventName;
    }

    /** The {@code eventName} of a notification record, without the {@code s3:} prefix. */
    public String eventName() {
      return eventName;
    }
  }

  public String eventName() {
    return type.eventName();
  }
}
