package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

class ChecksumTest extends S3TestSupport {
  private static final byte[] DATA = "checksummed content".getBytes(StandardCharsets.UTF_8);

  static String crc32(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static String crc32c(byte[] data) {
    CRC32C crc = new CRC32C();
    crc.update(data);
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static String sha(String algorithm, byte[] data) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(data));
  }

  @Test
  void defaultUploadCarriesATrailingCrc32ThatIsStoredAndReturnedOnRequest() {
    s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromBytes(DATA));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
    assertEquals(crc32(DATA), head.checksumCRC32());
    assertEquals("FULL_OBJECT", head.checksumTypeAsString());
    GetObjectResponse get =
        s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED)).response();
    assertEquals(crc32(DATA), get.checksumCRC32());
    assertEquals(null, s3.headObject(b -> b.bucket(bucket).key("k")).checksumCRC32());
  }

  @ParameterizedTest
  // CRC64NVME needs the AWS CRT in the SDK; it is checked over raw HTTP below
  @EnumSource(value = ChecksumAlgorithm.class, names = {"CRC32", "CRC32_C", "SHA1", "SHA256"})
  void eachAlgorithmIsVerifiedAndStored(ChecksumAlgorithm algorithm) {
    var put = s3.putObject(b -> b.bucket(bucket).key("k").checksumAlgorithm(algorithm), RequestBody.fromBytes(DATA));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
    Map<String, String> returned = new LinkedHashMap<>();
    returned.put("CRC32", head.checksumCRC32());
    returned.put("CRC32C", head.checksumCRC32C());
    returned.put("SHA1", head.checksumSHA1());
    returned.put("SHA256", head.checksumSHA256());
    returned.put("CRC64NVME", head.checksumCRC64NVME());
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("CRC32", put.checksumCRC32());
    sent.put("CRC32C", put.checksumCRC32C());
    sent.put("SHA1", put.checksumSHA1());
    sent.put("SHA256", put.checksumSHA256());
    sent.put("CRC64NVME", put.checksumCRC64NVME());
    assertEquals(sent, returned);
    assertTrue(returned.get(algorithm.toString()) != null, algorithm + " was not stored");
  }

  @Test
  void crc64NvmeMatchesTheStandardCheckValue() throws Exception {
    byte[] check = "123456789".getBytes(StandardCharsets.UTF_8);
    String expected = Base64.getEncoder().encodeToString(ByteBuffer.allocate(8).putLong(0xAE8B14860A799888L).array());
    RawHttp.Response good =
        RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/crc64", Map.of("x-amz-checksum-crc64nvme", expected), check);
    assertEquals(200, good.status(), good.text());
    assertEquals(expected, good.header("x-amz-checksum-crc64nvme"));
    RawHttp.Response bad =
        RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/crc64", Map.of("x-amz-checksum-crc64nvme", expected),
            "987654321".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("The CRC64NVME you specified did not match the calculated checksum."), bad.text());
  }

  @Test
  void storedValuesAreTheRealChecksums() throws Exception {
    s3.putObject(b -> b.bucket(bucket).key("c").checksumAlgorithm(ChecksumAlgorithm.CRC32_C), RequestBody.fromBytes(DATA));
    s3.putObject(b -> b.bucket(bucket).key("s").checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromBytes(DATA));
    assertEquals(crc32c(DATA), s3.headObject(b -> b.bucket(bucket).key("c").checksumMode(ChecksumMode.ENABLED)).checksumCRC32C());
    assertEquals(sha("SHA-256", DATA),
        s3.headObject(b -> b.bucket(bucket).key("s").checksumMode(ChecksumMode.ENABLED)).checksumSHA256());
  }

  @Test
  void aWrongChecksumHeaderIsBadDigestAndStoresNothing() {
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key("bad").checksumCRC32("AAAAAA=="), RequestBody.fromBytes(DATA)));
    assertEquals(400, e.statusCode());
    assertEquals("BadDigest", e.awsErrorDetails().errorCode());
    assertEquals("The CRC32 you specified did not match the calculated checksum.", e.awsErrorDetails().errorMessage());
    assertEquals(0, s3.listObjectsV2(b -> b.bucket(bucket)).keyCount());
  }

  @Test
  void aMalformedChecksumValueIsInvalidRequest() {
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key("bad").checksumSHA256("c2hvcnQ="), RequestBody.fromBytes(DATA)));
    assertEquals("InvalidRequest", e.awsErrorDetails().errorCode());
  }

  @Test
  void aWrongContentMd5IsBadDigest() throws Exception {
    String otherMd5 = sha("MD5", "other".getBytes(StandardCharsets.UTF_8));
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key("bad").contentMD5(otherMd5), RequestBody.fromBytes(DATA)));
    assertEquals("BadDigest", e.awsErrorDetails().errorCode());
    String rightMd5 = sha("MD5", DATA);
    s3.putObject(b -> b.bucket(bucket).key("good").contentMD5(rightMd5), RequestBody.fromBytes(DATA));
  }

  @Test
  void aMalformedContentMd5IsInvalidDigest() throws Exception {
    RawHttp.Response response =
        RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/k", Map.of("Content-MD5", "bm90LWFuLW1kNQ=="), DATA);
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>InvalidDigest</Code>"), response.text());
  }

  private RawHttp.Response unsignedTrailerPut(String key, String trailerValue) throws Exception {
    String body = Integer.toHexString(10) + "\r\nchecksumme\r\n" + Integer.toHexString(DATA.length - 10) + "\r\n"
        + new String(DATA, 10, DATA.length - 10, StandardCharsets.UTF_8) + "\r\n0\r\nx-amz-checksum-crc32c:"
        + trailerValue + "\r\n\r\n";
    return RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/" + key,
        Map.of("Content-Encoding", "aws-chunked", "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
            "x-amz-decoded-content-length", Integer.toString(DATA.length), "x-amz-trailer", "x-amz-checksum-crc32c"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unsignedChunkedUploadsWithTrailersAreDecodedAndVerified() throws Exception {
    RawHttp.Response good = unsignedTrailerPut("good", crc32c(DATA));
    assertEquals(200, good.status(), good.text());
    assertEquals(crc32c(DATA), good.header("x-amz-checksum-crc32c"));
    assertEquals(new String(DATA, StandardCharsets.UTF_8),
        s3.getObjectAsBytes(b -> b.bucket(bucket).key("good")).asUtf8String());
    RawHttp.Response bad = unsignedTrailerPut("bad", crc32c("other".getBytes(StandardCharsets.UTF_8)));
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("<Code>BadDigest</Code>"), bad.text());
    assertFalse(s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().anyMatch(o -> o.key().equals("bad")));
  }

  @Test
  void aChunkedBodyShorterThanDeclaredIsIncompleteBody() throws Exception {
    RawHttp.Response response = RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/short",
        Map.of("Content-Encoding", "aws-chunked", "x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
            "x-amz-decoded-content-length", "100"),
        "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>IncompleteBody</Code>"), response.text());
  }
}
