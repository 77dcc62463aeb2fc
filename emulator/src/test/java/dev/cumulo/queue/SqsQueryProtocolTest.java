package dev.cumulo.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The query protocol as older SDKs speak it, built by hand: form parameters in, XML out. */
class SqsQueryProtocolTest extends SqsTestBase {
  private static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, Map<String, String> params) throws Exception {
    String form = params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(sqs.emulator.edgeUrl() + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> params(String... keyValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      out.put(keyValues[i], keyValues[i + 1]);
    }
    out.put("Version", "2012-11-05");
    return out;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document doc, String element) {
    return doc.getElementsByTagNameNS(NAMESPACE, element).item(0).getTextContent();
  }

  private String createQueue(String name) throws Exception {
    HttpResponse<String> response = post("/", params("Action", "CreateQueue", "QueueName", name, "Attribute.1.Name", "VisibilityTimeout", "Attribute.1.Value", "40"));
    assertEquals(200, response.statusCode(), response.body());
    return text(xml(response.body()), "QueueUrl");
  }

  @Test
  void createQueueAnswersInTheSqsNamespaceWithARequestId() throws Exception {
    HttpResponse<String> response = post("/", params("Action", "CreateQueue", "QueueName", "legacy"));

    Document doc = xml(response.body());
    Element root = doc.getDocumentElement();
    assertEquals("CreateQueueResponse", root.getLocalName());
    assertEquals(NAMESPACE, root.getNamespaceURI());
    assertEquals(sqs.emulator.edgeUrl() + "/000000000000/legacy", text(doc, "QueueUrl"));
    assertEquals(response.headers().firstValue("x-amzn-RequestId").orElseThrow(), text(doc, "RequestId"));
    assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void messageWithAttributesGoesInAndComesOutWithSqsDigests() throws Exception {
    String url = createQueue("legacy");
    byte[] blob = {1, 2, 3};
    HttpResponse<String> sent = post("/", params(
        "Action", "SendMessage", "QueueUrl", url, "MessageBody", "line one\r\nline <two> & more",
        "MessageAttribute.1.Name", "color", "MessageAttribute.1.Value.DataType", "String", "MessageAttribute.1.Value.StringValue", "blue",
        "MessageAttribute.2.Name", "raw", "MessageAttribute.2.Value.DataType", "Binary", "MessageAttribute.2.Value.BinaryValue",
        Base64.getEncoder().encodeToString(blob)));
    HttpResponse<String> received = post("/", params(
        "Action", "ReceiveMessage", "QueueUrl", url, "AttributeName.1", "All", "MessageAttributeName.1", "All"));

    Document send = xml(sent.body());
    Document receive = xml(received.body());
    String expectedAttributesMd5 = attributesMd5("color", "String", "blue".getBytes(StandardCharsets.UTF_8), "raw", "Binary", blob);
    assertEquals(md5("line one\r\nline <two> & more".getBytes(StandardCharsets.UTF_8)), text(send, "MD5OfMessageBody"));
    assertEquals(expectedAttributesMd5, text(send, "MD5OfMessageAttributes"));
    assertEquals("line one\r\nline <two> & more", text(receive, "Body"));
    assertEquals(expectedAttributesMd5, text(receive, "MD5OfMessageAttributes"));
    assertEquals(text(send, "MessageId"), text(receive, "MessageId"));
    assertEquals(Map.of("color", "blue", "raw", Base64.getEncoder().encodeToString(blob)), messageAttributes(receive));
    assertEquals("1", systemAttributes(receive).get("ApproximateReceiveCount"));
  }

  private static Map<String, String> messageAttributes(Document doc) {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList nodes = doc.getElementsByTagNameNS(NAMESPACE, "MessageAttribute");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      Element value = (Element) e.getElementsByTagNameNS(NAMESPACE, "Value").item(0);
      String type = value.getElementsByTagNameNS(NAMESPACE, "DataType").item(0).getTextContent();
      String tag = type.startsWith("Binary") ? "BinaryValue" : "StringValue";
      out.put(e.getElementsByTagNameNS(NAMESPACE, "Name").item(0).getTextContent(), value.getElementsByTagNameNS(NAMESPACE, tag).item(0).getTextContent());
    }
    return out;
  }

  private static Map<String, String> systemAttributes(Document doc) {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList nodes = doc.getElementsByTagNameNS(NAMESPACE, "Attribute");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      out.put(e.getElementsByTagNameNS(NAMESPACE, "Name").item(0).getTextContent(), e.getElementsByTagNameNS(NAMESPACE, "Value").item(0).getTextContent());
    }
    return out;
  }

  @Test
  void requestToAQueueUrlPathNeedsNoQueueUrlParameter() throws Exception {
    createQueue("legacy");

    HttpResponse<String> sent = post("/000000000000/legacy", params("Action", "SendMessage", "MessageBody", "hi"));
    HttpResponse<String> received = post("/000000000000/legacy", params("Action", "ReceiveMessage"));

    assertEquals(200, sent.statusCode(), sent.body());
    assertEquals("hi", text(xml(received.body()), "Body"));
  }

  @Test
  void getWithParametersInTheUrlWorksToo() throws Exception {
    String url = createQueue("legacy");

    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(url + "?Action=GetQueueAttributes&AttributeName.1=VisibilityTimeout&Version=2012-11-05")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(Map.of("VisibilityTimeout", "40"), systemAttributes(xml(response.body())));
  }

  @Test
  void unknownQueueIsAnErrorResponseWithTheQueryCode() throws Exception {
    HttpResponse<String> response = post("/", params("Action", "GetQueueUrl", "QueueName", "missing"));

    Document doc = xml(response.body());
    assertEquals(400, response.statusCode());
    assertEquals("ErrorResponse", doc.getDocumentElement().getLocalName());
    assertEquals("Sender", text(doc, "Type"));
    assertEquals("AWS.SimpleQueueService.NonExistentQueue", text(doc, "Code"));
    assertEquals("The specified queue does not exist for this wsdl version.", text(doc, "Message"));
    assertFalse(text(doc, "RequestId").isEmpty());
  }

  @Test
  void unknownActionIsInvalidAction() throws Exception {
    HttpResponse<String> response = post("/", params("Action", "SendMessages", "QueueUrl", "x"));

    assertEquals(400, response.statusCode());
    assertEquals("InvalidAction", text(xml(response.body()), "Code"));
  }

  @Test
  void jsonProtocolErrorCarriesTypeMessageAndQueryErrorHeader() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(sqs.emulator.edgeUrl() + "/"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "AmazonSQS.GetQueueUrl")
            .POST(HttpRequest.BodyPublishers.ofString("{\"QueueName\":\"missing\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    JsonNode body = new ObjectMapper().readTree(response.body());
    assertEquals(400, response.statusCode());
    assertEquals("AWS.SimpleQueueService.NonExistentQueue;Sender", response.headers().firstValue("x-amzn-query-error").orElseThrow());
    assertEquals("com.amazonaws.sqs#QueueDoesNotExist", body.get("__type").asText());
    assertEquals("The specified queue does not exist.", body.get("message").asText());
  }

  private static String attributesMd5(Object... nameTypeValue) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("MD5");
    for (int i = 0; i < nameTypeValue.length; i += 3) {
      lengthPrefixed(digest, ((String) nameTypeValue[i]).getBytes(StandardCharsets.UTF_8));
      String type = (String) nameTypeValue[i + 1];
      lengthPrefixed(digest, type.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) (type.startsWith("Binary") ? 2 : 1));
      lengthPrefixed(digest, (byte[]) nameTypeValue[i + 2]);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void lengthPrefixed(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }
}
