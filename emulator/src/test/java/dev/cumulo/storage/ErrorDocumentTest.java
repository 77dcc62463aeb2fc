package dev.cumulo.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErrorDocumentTest extends S3TestSupport {

  private RawHttp.Response send(String method, String target, String body) throws Exception {
    return RawHttp.send(emulator.edgePort(), method, target, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void errorsAreS3XmlDocumentsCarryingTheRequestIds() throws Exception {
    RawHttp.Response response = send("GET", "/" + bucket + "/missing%20key", "");
    assertEquals(404, response.status());
    assertEquals("application/xml", response.header("Content-Type"));
    Matcher m = Pattern.compile(
        "<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not"
            + " exist.</Message><Key>missing key</Key><RequestId>([0-9A-F]{16})</RequestId><HostId>[^<]+</HostId></Error>")
        .matcher(response.text());
    assertTrue(m.matches(), response.text());
    assertEquals(m.group(1), response.header("x-amz-request-id"));
    assertTrue(response.header("x-amz-id-2").length() > 20);
  }

  @Test
  void successfulResponsesCarryTheRequestIdsToo() throws Exception {
    RawHttp.Response response = send("GET", "/", "");
    assertEquals(200, response.status());
    assertEquals(16, response.header("x-amz-request-id").length());
    assertTrue(response.text().contains("<Name>" + bucket + "</Name>"), response.text());
  }

  @Test
  void headErrorsHaveNoBody() throws Exception {
    RawHttp.Response response = send("HEAD", "/" + bucket + "/missing", "");
    assertEquals(404, response.status());
    assertEquals("0", response.header("Content-Length"));
    assertEquals(16, response.header("x-amz-request-id").length());
  }

  @Test
  void noSuchBucketNamesTheBucket() throws Exception {
    RawHttp.Response response = send("GET", "/no-such-bucket?list-type=2", "");
    assertEquals(404, response.status());
    assertTrue(response.text().contains("<Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message>"
        + "<BucketName>no-such-bucket</BucketName>"), response.text());
  }

  @Test
  void malformedXmlIsMalformedXml() throws Exception {
    RawHttp.Response response = send("POST", "/" + bucket + "?delete", "<Delete><Object><Key>a</Key></Object>");
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>MalformedXML</Code>"), response.text());
  }

  @Test
  void documentsWithADoctypeAreRefusedSoExternalEntitiesAreNeverRead() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Delete><Object><Key>&x;</Key></Object></Delete>";
    RawHttp.Response response = send("POST", "/" + bucket + "?delete", xxe);
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>MalformedXML</Code>"), response.text());
    assertTrue(!response.text().contains("root:"), response.text());
  }

  @Test
  void anUnsupportedMethodIsMethodNotAllowed() throws Exception {
    RawHttp.Response response = send("PATCH", "/" + bucket + "/k", "");
    assertEquals(405, response.status());
    assertTrue(response.text().contains("<Code>MethodNotAllowed</Code>"), response.text());
    assertTrue(response.text().contains("<Method>PATCH</Method><ResourceType>OBJECT</ResourceType>"), response.text());
  }

  @Test
  void anUnemulatedSubresourceIsNotImplemented() throws Exception {
    RawHttp.Response response = send("GET", "/" + bucket + "?replication", "");
    assertEquals(501, response.status());
    assertTrue(response.text().contains("<Code>NotImplemented</Code>"), response.text());
  }
}
