package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class KeySafetyTest extends S3TestSupport {

  private static List<Path> filesUnder(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void hostileKeysRoundTripAndNeverNameFiles() throws Exception {
    List<String> hostile =
        List.of("../../escape.txt", "/etc/passwd", "a/../../b", "..\\..\\windows.ini", "nul\u0000byte", "./.", "..",
            "dir//double//slash/", "~/home", "con", "\u202Eright-to-left", "\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb");
    for (String key : hostile) {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("body of " + key));
    }
    for (String key : hostile) {
      assertEquals("body of " + key, s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String(), key);
    }
    // a NUL cannot appear in XML 1.0, so, as with S3, such keys are listed URL-encoded
    List<String> listed = s3.listObjectsV2(b -> b.bucket(bucket).encodingType(EncodingType.URL)).contents().stream()
        .map(S3Object::key).toList();
    assertEquals(hostile.stream().sorted(KeySafetyTest::byUtf8).toList(), listed);
    Path outside = dataDir.getParent();
    assertTrue(Files.notExists(outside.resolve("escape.txt")));
    assertTrue(Files.notExists(dataDir.resolve("b")));
    Path storage = dataDir.resolve("s3");
    for (Path file : filesUnder(storage)) {
      String relative = storage.relativize(file).toString().replace('\\', '/');
      assertTrue(relative.matches("blobs/[0-9a-f]{2}/[0-9a-f]{32}|s3\\.db.*"), "unexpected file " + relative);
    }
  }

  private static int byUtf8(String a, String b) {
    return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aKeyOf1024BytesIsAcceptedAndOneByteMoreIsKeyTooLong() {
    String longest = "k".repeat(1021) + "\u00e9\u00e9".substring(0, 1) + "x";
    assertEquals(1024, longest.getBytes(StandardCharsets.UTF_8).length);
    s3.putObject(b -> b.bucket(bucket).key(longest), RequestBody.fromString("fits"));
    assertEquals("fits", s3.getObjectAsBytes(b -> b.bucket(bucket).key(longest)).asUtf8String());
    S3Exception e = assertThrows(S3Exception.class,
        () -> s3.putObject(b -> b.bucket(bucket).key(longest + "y"), RequestBody.fromString("too long")));
    assertEquals("KeyTooLongError", e.awsErrorDetails().errorCode());
    assertEquals(400, e.statusCode());
  }

  @Test
  void rawDotDotPathsAreKeysNotFileNames() throws Exception {
    RawHttp.Response put = RawHttp.send(emulator.edgePort(), "PUT", "/" + bucket + "/%2E%2E/%2E%2E/%2E%2E/outside.txt",
        Map.of(), "raw".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, put.status(), put.text());
    assertEquals("raw", s3.getObjectAsBytes(b -> b.bucket(bucket).key("../../../outside.txt")).asUtf8String());
    assertTrue(Files.notExists(dataDir.getParent().getParent().resolve("outside.txt")));
    assertTrue(filesUnder(dataDir).stream().noneMatch(p -> p.getFileName().toString().equals("outside.txt")));
  }
}
