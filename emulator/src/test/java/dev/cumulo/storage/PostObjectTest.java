package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.storage.model.ObjectEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class PostObjectTest extends S3TestSupport {
  private static final String BOUNDARY = "----CumuloFormBoundary7MA4YWxk";

  private static byte[] form(Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private RawHttp.Response post(Map<String, String> fields, String fileName, byte[] file) throws Exception {
    return RawHttp.send(emulator.edgePort(), "POST", "/" + bucket,
        Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY), form(fields, fileName, file));
  }

  @Test
  void aBrowserFormUploadStoresTheFileUnderItsKeyWithHeadersAndMetadata() throws Exception {
    List<ObjectEvent> events = new CopyOnWriteArrayList<>();
    emulator.storage().onObjectEvent(events::add);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", "uploads/${filename}");
    fields.put("Content-Type", "image/png");
    fields.put("x-amz-meta-origin", "browser");
    fields.put("success_action_status", "201");
    fields.put("policy", "eyJleHBpcmF0aW9uIjoiMjAzMC0wMS0wMVQwMDowMDowMFoifQ==");
    RawHttp.Response response = post(fields, "cat.png", "not really a png".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, response.status(), response.text());
    assertTrue(response.text().contains("<Key>uploads/cat.png</Key>"), response.text());
    var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("uploads/cat.png"));
    assertEquals("not really a png", got.asUtf8String());
    GetObjectResponse head = got.response();
    assertEquals(List.of("image/png", Map.of("origin", "browser")), List.of(head.contentType(), head.metadata()));
    assertEquals(List.of("ObjectCreated:Post"), events.stream().map(ObjectEvent::eventName).toList());
  }

  @Test
  void aLargeBinaryFileSurvivesBoundaryLookalikes() throws Exception {
    byte[] file = new byte[2 * 1024 * 1024 + 11];
    byte[] lookalike = ("\r\n--" + BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.ISO_8859_1);
    for (int i = 0; i < file.length; i++) {
      file[i] = lookalike[i % lookalike.length];
    }
    RawHttp.Response response = post(Map.of("key", "big.bin"), "big.bin", file);
    assertEquals(204, response.status(), response.text());
    assertArrayEquals(file, s3.getObjectAsBytes(b -> b.bucket(bucket).key("big.bin")).asByteArray());
  }

  @Test
  void aFormWithoutAKeyIsInvalidArgument() throws Exception {
    RawHttp.Response response = post(Map.of("acl", "private"), "x.txt", new byte[] {1});
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>InvalidArgument</Code>"), response.text());
  }
}
