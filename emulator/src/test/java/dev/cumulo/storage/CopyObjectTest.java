package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class CopyObjectTest extends S3TestSupport {
  private String eTag;

  @BeforeEach
  void putSource() {
    eTag = s3.putObject(
            b -> b.bucket(bucket).key("dir/source file.txt").contentType("text/plain").metadata(Map.of("origin", "a")),
            RequestBody.fromString("copy me"))
        .eTag();
  }

  @Test
  void copyKeepsBodyHeadersAndMetadataByDefault() {
    s3.createBucket(b -> b.bucket("target-bucket"));
    var result = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dir/source file.txt")
        .destinationBucket("target-bucket").destinationKey("copy+of/it.txt"));
    assertEquals(eTag, result.copyObjectResult().eTag());
    ResponseBytes<GetObjectResponse> copy = s3.getObjectAsBytes(b -> b.bucket("target-bucket").key("copy+of/it.txt"));
    assertEquals("copy me", copy.asUtf8String());
    assertEquals("text/plain", copy.response().contentType());
    assertEquals(Map.of("origin", "a"), copy.response().metadata());
  }

  @Test
  void copyWithReplaceTakesHeadersAndMetadataFromTheRequest() {
    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dir/source file.txt").destinationBucket(bucket)
        .destinationKey("replaced").metadataDirective(MetadataDirective.REPLACE).contentType("text/markdown")
        .metadata(Map.of("origin", "b")));
    GetObjectResponse copy = s3.getObject(b -> b.bucket(bucket).key("replaced")).response();
    assertEquals("text/markdown", copy.contentType());
    assertEquals(Map.of("origin", "b"), copy.metadata());
  }

  @Test
  void copyOntoItselfWithoutChangesIsInvalidRequestButReplaceIsAllowed() {
    S3Exception e = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b.sourceBucket(bucket)
        .sourceKey("dir/source file.txt").destinationBucket(bucket).destinationKey("dir/source file.txt")));
    assertEquals("InvalidRequest", e.awsErrorDetails().errorCode());
    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dir/source file.txt").destinationBucket(bucket)
        .destinationKey("dir/source file.txt").metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("v", "2")));
    assertEquals(Map.of("v", "2"), s3.headObject(b -> b.bucket(bucket).key("dir/source file.txt")).metadata());
  }

  @Test
  void copyFromAMissingSourceIsNoSuchKey() {
    assertThrows(NoSuchKeyException.class, () -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("missing")
        .destinationBucket(bucket).destinationKey("x")));
  }

  @Test
  void failingSourceConditionsArePreconditionFailed() {
    S3Exception e = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b.sourceBucket(bucket)
        .sourceKey("dir/source file.txt").destinationBucket(bucket).destinationKey("x").copySourceIfMatch("\"nope\"")));
    assertEquals(412, e.statusCode());
    S3Exception none = assertThrows(S3Exception.class, () -> s3.copyObject(b -> b.sourceBucket(bucket)
        .sourceKey("dir/source file.txt").destinationBucket(bucket).destinationKey("x").copySourceIfNoneMatch(eTag)));
    assertEquals(412, none.statusCode());
    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dir/source file.txt").destinationBucket(bucket)
        .destinationKey("x").copySourceIfMatch(eTag));
    assertEquals("copy me", s3.getObjectAsBytes(b -> b.bucket(bucket).key("x")).asUtf8String());
  }

  @Test
  void overwritingTheSourceLeavesTheCopyIntact() {
    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dir/source file.txt").destinationBucket(bucket)
        .destinationKey("copy"));
    s3.putObject(b -> b.bucket(bucket).key("dir/source file.txt"), RequestBody.fromString("changed"));
    assertEquals("copy me", s3.getObjectAsBytes(b -> b.bucket(bucket).key("copy")).asUtf8String());
  }
}
