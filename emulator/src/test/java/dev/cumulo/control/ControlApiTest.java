package dev.cumulo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;

class ControlApiTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode get(LocalCloud cloud, String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cloud.emulator().edgeUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(response.body());
    return body.put("httpStatus", response.statusCode());
  }

  @Test
  void invocationsAreListedByFunctionAndShownWithPhasesLogsAndPayloads() throws Exception {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          A:
            Type: AWS::Serverless::Function
            Properties: {Runtime: nodejs20.x, Handler: a.handler, CodeUri: src/}
          B:
            Type: AWS::Serverless::Function
            Properties: {Runtime: nodejs20.x, Handler: a.handler, CodeUri: src/}
        """,
        "src/a.js", "exports.handler = async (e) => { console.log('seen', e.v); return {v: e.v}; };"))) {
      String a = cloud.lambda().invoke(b -> b.functionName("A").payload(SdkBytes.fromUtf8String("{\"v\":1}"))).responseMetadata().requestId();
      cloud.lambda().invoke(b -> b.functionName("B").payload(SdkBytes.fromUtf8String("{\"v\":2}")));

      assertEquals("running", get(cloud, "/_cumulo/health").get("services").get("lambda").asText());
      JsonNode onlyA = get(cloud, "/_cumulo/invocations?function=A");
      assertEquals(1, onlyA.get("invocations").size());
      assertEquals(a, onlyA.get("invocations").get(0).get("requestId").asText());

      JsonNode detail = Await.value("the log lines are stored", Duration.ofSeconds(5), () -> {
        try {
          return get(cloud, "/_cumulo/invocations/" + a);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, d -> d.get("logs").size() >= 5);
      assertEquals("{\"v\":1}", detail.get("request").toString());
      assertEquals("{\"v\":1}", detail.get("response").toString());
      assertEquals("success", detail.get("outcome").asText());
      assertTrue(detail.get("phases").get("initStart").isTextual());
      assertTrue(detail.get("logs").toString().contains("seen 1"), detail.get("logs").toString());
      assertEquals(404, get(cloud, "/_cumulo/invocations/no-such-id").get("httpStatus").asInt());
    }
  }
}
