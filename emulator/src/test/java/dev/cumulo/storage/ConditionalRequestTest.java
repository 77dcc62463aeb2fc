package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class ConditionalRequestTest extends S3TestSupport {
  private String eTag;
  private Instant modified;

  @BeforeEach
  void putObject() {
    eTag = s3.putObject(b -> b.bucket(bucket).key("digits"), RequestBody.fromString("0123456789")).eTag();
    modified = s3.headObject(b -> b.bucket(bucket).key("digits")).lastModified();
  }

  private ResponseBytes<GetObjectResponse> range(String range) {
    return s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").range(range));
  }

  @Test
  void closedRangeIsPartialContentWithContentRange() {
    ResponseBytes<GetObjectResponse> got = range("bytes=2-5");
    assertEquals("2345", got.asUtf8String());
    assertEquals(206, got.response().sdkHttpResponse().statusCode());
    assertEquals("bytes 2-5/10", got.response().contentRange());
    assertEquals(4L, got.response().contentLength());
  }

  @Test
  void suffixAndOpenRangesAreHonoured() {
    assertEquals("789", range("bytes=-3").asUtf8String());
    assertEquals("bytes 7-9/10", range("bytes=-3").response().contentRange());
    assertEquals("6789", range("bytes=6-").asUtf8String());
    assertEquals("89", range("bytes=8-100").asUtf8String());
    assertEquals("0123456789", range("bytes=-50").asUtf8String());
  }

  @Test
  void rangePastTheEndIsInvalidRange() {
    S3Exception e = assertThrows(S3Exception.class, () -> range("bytes=10-20"));
    assertEquals(416, e.statusCode());
    assertEquals("InvalidRange", e.awsErrorDetails().errorCode());
  }

  @Test
  void malformedRangeIsIgnoredAsS3Does() {
    ResponseBytes<GetObjectResponse> got = range("bytes=5-2");
    assertEquals(200, got.response().sdkHttpResponse().statusCode());
    assertEquals("0123456789", got.asUtf8String());
  }

  @Test
  void ifNoneMatchWithTheCurrentETagIsNotModified() {
    S3Exception e = assertThrows(S3Exception.class, () -> s3.getObject(b -> b.bucket(bucket).key("digits").ifNoneMatch(eTag)));
    assertEquals(304, e.statusCode());
    assertEquals("0123456789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").ifNoneMatch("\"other\"")).asUtf8String());
  }

  @Test
  void ifMatchWithAnotherETagIsPreconditionFailed() {
    S3Exception e = assertThrows(S3Exception.class, () -> s3.getObject(b -> b.bucket(bucket).key("digits").ifMatch("\"other\"")));
    assertEquals(412, e.statusCode());
    assertEquals("PreconditionFailed", e.awsErrorDetails().errorCode());
    assertEquals("0123456789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").ifMatch(eTag)).asUtf8String());
  }

  @Test
  void ifModifiedSinceItsModificationIsNotModified() {
    S3Exception e =
        assertThrows(S3Exception.class, () -> s3.headObject(b -> b.bucket(bucket).key("digits").ifModifiedSince(modified)));
    assertEquals(304, e.statusCode());
    Instant before = modified.minus(1, ChronoUnit.HOURS);
    assertTrue(s3.headObject(b -> b.bucket(bucket).key("digits").ifModifiedSince(before)).sdkHttpResponse().isSuccessful());
  }

  @Test
  void ifUnmodifiedSinceBeforeItsModificationIsPreconditionFailed() {
    Instant before = modified.minus(1, ChronoUnit.HOURS);
    S3Exception e =
        assertThrows(S3Exception.class, () -> s3.getObject(b -> b.bucket(bucket).key("digits").ifUnmodifiedSince(before)));
    assertEquals(412, e.statusCode());
    assertEquals("0123456789",
        s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").ifUnmodifiedSince(modified)).asUtf8String());
  }

  @Test
  void matchingIfMatchOverridesAFailingIfUnmodifiedSince() {
    Instant before = modified.minus(1, ChronoUnit.HOURS);
    assertEquals("0123456789",
        s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").ifMatch(eTag).ifUnmodifiedSince(before)).asUtf8String());
  }

  @Test
  void putWithIfNoneMatchStarRefusesAnExistingKey() {
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key("digits").ifNoneMatch("*"), RequestBody.fromString("new")));
    assertEquals(412, e.statusCode());
    s3.putObject(b -> b.bucket(bucket).key("fresh").ifNoneMatch("*"), RequestBody.fromString("new"));
    assertEquals("0123456789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits")).asUtf8String());
  }

  @Test
  void putWithIfMatchWritesOnlyOverTheNamedVersion() {
    assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key("digits").ifMatch("\"other\""), RequestBody.fromString("x")));
    s3.putObject(b -> b.bucket(bucket).key("digits").ifMatch(eTag), RequestBody.fromString("replaced"));
    assertEquals("replaced", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits")).asUtf8String());
  }
}
