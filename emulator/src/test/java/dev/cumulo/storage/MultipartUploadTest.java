package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

class MultipartUploadTest extends S3TestSupport {
  private static final int MIB = 1024 * 1024;

  static byte[] random(int size, long seed) {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    return data;
  }

  private String create(String key) {
    return s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType("video/mp4")).uploadId();
  }

  private CompletedPart upload(String key, String uploadId, int number, byte[] data) {
    UploadPartResponse r = s3.uploadPart(
        b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number), RequestBody.fromBytes(data));
    return CompletedPart.builder().partNumber(number).eTag(r.eTag()).build();
  }

  private void complete(String key, String uploadId, CompletedPart... parts) {
    s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
  }

  @Test
  void completedUploadJoinsThePartsUnderS3sMultipartETag() throws Exception {
    byte[] first = random(5 * MIB, 1);
    byte[] second = random(1234, 2);
    String id = create("movie.mp4");
    CompletedPart p1 = upload("movie.mp4", id, 1, first);
    CompletedPart p2 = upload("movie.mp4", id, 2, second);
    complete("movie.mp4", id, p1, p2);
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    md5.update(MessageDigest.getInstance("MD5").digest(first));
    md5.update(MessageDigest.getInstance("MD5").digest(second));
    String expected = '"' + HexFormat.of().formatHex(md5.digest()) + "-2\"";
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("movie.mp4"));
    assertEquals(expected, head.eTag());
    assertEquals("video/mp4", head.contentType());
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    whole.write(first);
    whole.write(second);
    assertArrayEquals(whole.toByteArray(), s3.getObjectAsBytes(b -> b.bucket(bucket).key("movie.mp4")).asByteArray());
    assertEquals(List.of(), s3.listMultipartUploads(b -> b.bucket(bucket)).uploads());
  }

  @Test
  void aSmallPartBeforeTheLastIsEntityTooSmall() {
    String id = create("small");
    CompletedPart p1 = upload("small", id, 1, random(100, 1));
    CompletedPart p2 = upload("small", id, 2, random(100, 2));
    S3Exception e = assertThrows(S3Exception.class, () -> complete("small", id, p1, p2));
    assertEquals("EntityTooSmall", e.awsErrorDetails().errorCode());
    complete("small", id, p1);
    assertEquals(100L, s3.headObject(b -> b.bucket(bucket).key("small")).contentLength());
  }

  @Test
  void aWrongPartETagIsInvalidPart() {
    String id = create("k");
    upload("k", id, 1, random(10, 1));
    S3Exception e = assertThrows(S3Exception.class,
        () -> complete("k", id, CompletedPart.builder().partNumber(1).eTag("\"0123456789abcdef0123456789abcdef\"").build()));
    assertEquals("InvalidPart", e.awsErrorDetails().errorCode());
    S3Exception missing = assertThrows(S3Exception.class,
        () -> complete("k", id, CompletedPart.builder().partNumber(7).eTag("\"0123456789abcdef0123456789abcdef\"").build()));
    assertEquals("InvalidPart", missing.awsErrorDetails().errorCode());
  }

  @Test
  void partsOutOfOrderAreInvalidPartOrder() {
    String id = create("k");
    CompletedPart p1 = upload("k", id, 1, random(5 * MIB, 1));
    CompletedPart p2 = upload("k", id, 2, random(10, 2));
    S3Exception e = assertThrows(S3Exception.class, () -> complete("k", id, p2, p1));
    assertEquals("InvalidPartOrder", e.awsErrorDetails().errorCode());
  }

  @Test
  void uploadsAndPartsAreListedUntilAborted() {
    String id = create("listed");
    upload("listed", id, 1, random(10, 1));
    upload("listed", id, 3, random(20, 3));
    List<Part> parts = s3.listParts(b -> b.bucket(bucket).key("listed").uploadId(id)).parts();
    assertEquals(List.of(1, 3), parts.stream().map(Part::partNumber).toList());
    assertEquals(List.of(10L, 20L), parts.stream().map(Part::size).toList());
    List<MultipartUpload> uploads = s3.listMultipartUploads(b -> b.bucket(bucket)).uploads();
    assertEquals(List.of(id), uploads.stream().map(MultipartUpload::uploadId).toList());
    s3.abortMultipartUpload(b -> b.bucket(bucket).key("listed").uploadId(id));
    assertEquals(List.of(), s3.listMultipartUploads(b -> b.bucket(bucket)).uploads());
    assertThrows(NoSuchUploadException.class, () -> s3.listParts(b -> b.bucket(bucket).key("listed").uploadId(id)));
  }

  @Test
  void anUnknownUploadIdIsNoSuchUpload() {
    assertThrows(NoSuchUploadException.class, () -> s3.uploadPart(
        b -> b.bucket(bucket).key("k").uploadId("nope").partNumber(1), RequestBody.fromString("x")));
    assertThrows(NoSuchUploadException.class, () -> s3.abortMultipartUpload(b -> b.bucket(bucket).key("k").uploadId("nope")));
  }

  @Test
  void uploadPartCopyCopiesARangeOfAnObject() {
    byte[] source = random(6 * MIB, 9);
    s3.putObject(b -> b.bucket(bucket).key("source"), RequestBody.fromBytes(source));
    String id = create("assembled");
    var copied = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("source").destinationBucket(bucket)
        .destinationKey("assembled").uploadId(id).partNumber(1).copySourceRange("bytes=0-" + (5 * MIB - 1)));
    CompletedPart p1 = CompletedPart.builder().partNumber(1).eTag(copied.copyPartResult().eTag()).build();
    CompletedPart p2 = upload("assembled", id, 2, "tail".getBytes());
    complete("assembled", id, p1, p2);
    byte[] back = s3.getObjectAsBytes(b -> b.bucket(bucket).key("assembled")).asByteArray();
    assertEquals(5 * MIB + 4, back.length);
    assertArrayEquals(java.util.Arrays.copyOf(source, 5 * MIB), java.util.Arrays.copyOf(back, 5 * MIB));
  }

  @Test
  void anUploadCreatedWithAChecksumGetsAComposite() throws Exception {
    byte[] first = random(5 * MIB, 4);
    byte[] second = random(77, 5);
    String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("sum").checksumAlgorithm(ChecksumAlgorithm.SHA256))
        .uploadId();
    CompletedPart[] parts = new CompletedPart[2];
    byte[][] data = {first, second};
    for (int i = 0; i < 2; i++) {
      int number = i + 1;
      byte[] bytes = data[i];
      UploadPartResponse r = s3.uploadPart(b -> b.bucket(bucket).key("sum").uploadId(id).partNumber(number)
          .checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromBytes(bytes));
      parts[i] = CompletedPart.builder().partNumber(number).eTag(r.eTag()).checksumSHA256(r.checksumSHA256()).build();
    }
    complete("sum", id, parts);
    MessageDigest composite = MessageDigest.getInstance("SHA-256");
    composite.update(MessageDigest.getInstance("SHA-256").digest(first));
    composite.update(MessageDigest.getInstance("SHA-256").digest(second));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("sum").checksumMode(ChecksumMode.ENABLED));
    assertEquals(Base64.getEncoder().encodeToString(composite.digest()) + "-2", head.checksumSHA256());
    assertEquals("COMPOSITE", head.checksumTypeAsString());
  }

  @Test
  void completingWithoutThePartChecksumsOfAChecksummedUploadIsInvalidRequest() {
    String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("sum").checksumAlgorithm(ChecksumAlgorithm.CRC32))
        .uploadId();
    CompletedPart p1 = upload("sum", id, 1, random(10, 1));
    S3Exception e = assertThrows(S3Exception.class, () -> complete("sum", id, p1));
    assertEquals("InvalidRequest", e.awsErrorDetails().errorCode());
    assertTrue(e.awsErrorDetails().errorMessage().contains("must include the checksum for each part"));
  }

  @Test
  void userMetadataGivenAtCreationEndsUpOnTheObject() {
    String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("m").metadata(Map.of("kind", "mp"))).uploadId();
    complete("m", id, upload("m", id, 1, random(3, 1)));
    assertEquals(Map.of("kind", "mp"), s3.headObject(b -> b.bucket(bucket).key("m")).metadata());
  }
}
