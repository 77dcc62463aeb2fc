package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

class VirtualHostAddressingTest extends S3TestSupport {

  private RawHttp.Response send(String method, String host, String target, String body) throws Exception {
    return RawHttp.send(emulator.edgePort(), method, target, Map.of("Host", host), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bucketDotLocalhostNamesTheBucket() throws Exception {
    assertEquals(200, send("PUT", bucket + ".localhost:" + emulator.edgePort(), "/notes/today.txt", "virtual").status());
    assertEquals("virtual", s3.getObjectAsBytes(b -> b.bucket(bucket).key("notes/today.txt")).asUtf8String());
  }

  @Test
  void bucketDotS3DotAnythingNamesTheBucket() throws Exception {
    s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("path style"));
    RawHttp.Response get = send("GET", bucket + ".s3.us-east-1.amazonaws.com", "/k", "");
    assertEquals(200, get.status());
    assertEquals("path style", get.text());
    RawHttp.Response list = send("GET", bucket + ".s3.localhost.localstack.cloud:4566", "/?list-type=2", "");
    assertTrue(list.text().contains("<Key>k</Key>"), list.text());
  }

  @Test
  void anIpOrPlainLocalhostHostMeansPathStyle() throws Exception {
    s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
    assertEquals("v", send("GET", "localhost:" + emulator.edgePort(), "/" + bucket + "/k", "").text());
    assertEquals("v", send("GET", "s3.localhost", "/" + bucket + "/k", "").text());
  }
}
