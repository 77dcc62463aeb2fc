package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

class ObjectOperationsTest extends S3TestSupport {

  static String md5Hex(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
  }

  @Test
  void putThenGetReturnsTheSameBytes() {
    s3.putObject(b -> b.bucket(bucket).key("hello.txt"), RequestBody.fromString("hello world"));
    String body = s3.getObjectAsBytes(b -> b.bucket(bucket).key("hello.txt")).asString(StandardCharsets.UTF_8);
    assertEquals("hello world", body);
  }

  @Test
  void eTagIsTheQuotedMd5OfTheBody() throws Exception {
    byte[] data = "etag me".getBytes(StandardCharsets.UTF_8);
    String put = s3.putObject(b -> b.bucket(bucket).key("e"), RequestBody.fromBytes(data)).eTag();
    assertEquals('"' + md5Hex(data) + '"', put);
    assertEquals(put, s3.headObject(b -> b.bucket(bucket).key("e")).eTag());
  }

  @Test
  void headReturnsSizeTypeAndUserMetadata() {
    s3.putObject(
        b -> b.bucket(bucket).key("doc.json").contentType("application/json").metadata(Map.of("owner", "ana", "Tier", "gold")),
        RequestBody.fromString("{\"a\":1}"));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("doc.json"));
    assertEquals(7L, head.contentLength());
    assertEquals("application/json", head.contentType());
    assertEquals(Map.of("owner", "ana", "tier", "gold"), head.metadata());
  }

  @Test
  void standardHeadersAreStoredAndReturned() {
    Instant expires = Instant.parse("2030-01-02T03:04:05Z");
    s3.putObject(
        b -> b.bucket(bucket).key("page.html.gz").contentType("text/html").contentEncoding("gzip")
            .cacheControl("max-age=60").contentDisposition("attachment; filename=\"page.html\"")
            .contentLanguage("en").expires(expires),
        RequestBody.fromString("not really gzip"));
    var response = s3.getObject(b -> b.bucket(bucket).key("page.html.gz")).response();
    assertEquals(
        List.of("text/html", "gzip", "max-age=60", "attachment; filename=\"page.html\"", "en", expires),
        List.of(response.contentType(), response.contentEncoding(), response.cacheControl(),
            response.contentDisposition(), response.contentLanguage(), response.expires()));
  }

  @Test
  void objectWithoutContentTypeIsBinaryOctetStream() throws Exception {
    RawHttp.Response put =
        RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/raw", Map.of(), "x".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, put.status());
    assertEquals("binary/octet-stream", s3.headObject(b -> b.bucket(bucket).key("raw")).contentType());
  }

  @Test
  void missingKeyIsNoSuchKey() {
    NoSuchKeyException e = assertThrows(NoSuchKeyException.class, () -> s3.getObject(b -> b.bucket(bucket).key("nope")));
    assertEquals(404, e.statusCode());
    assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(bucket).key("nope")));
  }

  @Test
  void deleteRemovesTheObjectAndIsIdempotent() {
    s3.putObject(b -> b.bucket(bucket).key("gone"), RequestBody.fromString("x"));
    assertEquals(204, s3.deleteObject(b -> b.bucket(bucket).key("gone")).sdkHttpResponse().statusCode());
    assertEquals(204, s3.deleteObject(b -> b.bucket(bucket).key("gone")).sdkHttpResponse().statusCode());
    assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(bucket).key("gone")));
  }

  @Test
  void overwriteReplacesBodyAndMetadata() {
    s3.putObject(b -> b.bucket(bucket).key("k").metadata(Map.of("v", "1")), RequestBody.fromString("first"));
    s3.putObject(b -> b.bucket(bucket).key("k").metadata(Map.of("w", "2")), RequestBody.fromString("second!"));
    var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("k"));
    assertEquals("second!", got.asUtf8String());
    assertEquals(Map.of("w", "2"), got.response().metadata());
  }

  @Test
  void largeAndEmptyBodiesRoundTrip() throws Exception {
    byte[] large = new byte[3 * 1024 * 1024 + 7];
    new Random(1).nextBytes(large);
    s3.putObject(b -> b.bucket(bucket).key("large"), RequestBody.fromBytes(large));
    s3.putObject(b -> b.bucket(bucket).key("empty"), RequestBody.empty());
    byte[] back = s3.getObjectAsBytes(b -> b.bucket(bucket).key("large")).asByteArray();
    assertArrayEquals(large, back);
    assertEquals('"' + md5Hex(large) + '"', s3.headObject(b -> b.bucket(bucket).key("large")).eTag());
    assertEquals(0, s3.getObjectAsBytes(b -> b.bucket(bucket).key("empty")).asByteArray().length);
  }

  @Test
  void deleteObjectsRemovesABatchAndReportsEachKey() {
    for (String key : List.of("a", "b", "c")) {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
    }
    DeleteObjectsResponse response =
        s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(
            ObjectIdentifier.builder().key("a").build(), ObjectIdentifier.builder().key("b").build(),
            ObjectIdentifier.builder().key("never-existed").build()).build()));
    assertEquals(List.of("a", "b", "never-existed"), response.deleted().stream().map(DeletedObject::key).toList());
    assertEquals(List.of("c"), s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList());
  }

  @Test
  void quietDeleteObjectsReportsNothingForSuccesses() {
    s3.putObject(b -> b.bucket(bucket).key("q"), RequestBody.fromString("q"));
    DeleteObjectsResponse response =
        s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().quiet(true).objects(
            ObjectIdentifier.builder().key("q").build()).build()));
    assertEquals(List.of(), response.deleted());
    assertEquals(List.of(), response.errors());
    assertEquals(0, s3.listObjectsV2(b -> b.bucket(bucket)).keyCount());
  }
}
