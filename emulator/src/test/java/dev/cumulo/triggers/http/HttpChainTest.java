package dev.cumulo.triggers.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.control.ControlRoute;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import dev.cumulo.trace.TraceHeader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An HTTP request whose function invokes another function shows as one chain of causes. */
class HttpChainTest {
  @TempDir Path dir;

  @Test
  void aFunctionInvokedFromAnHttpFunctionNamesItAsParentAndSharesItsTraceRoot() throws Exception {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: nodejs20.x
            CodeUri: src/
        Resources:
          Front:
            Type: AWS::Serverless::Function
            Properties:
              Handler: front.handler
              Events:
                Chain: {Type: HttpApi, Properties: {Path: /chain, Method: post}}
          Back:
            Type: AWS::Serverless::Function
            Properties:
              Handler: back.handler
        """,
        "src/front.js",
        """
        exports.handler = async () => {
          const response = await fetch(process.env.AWS_ENDPOINT_URL + "/2015-03-31/functions/Back/invocations", {
            method: "POST",
            headers: {"X-Amz-Invocation-Type": "Event", "X-Amzn-Trace-Id": process.env._X_AMZN_TRACE_ID},
            body: JSON.stringify({from: "front"})
          });
          return {statusCode: 200, body: String(response.status)};
        };
        """,
        "src/back.js", "exports.handler = async (event) => event;\n"))) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(cloud.emulator().triggers().api().orElseThrow().url() + "/chain"))
              .POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("202", response.body());
      InvocationRecord front = cloud.emulator().recorder().recent(Optional.of("Front"), 1).get(0);
      InvocationRecord back = Await.value("Back was invoked", Duration.ofSeconds(20),
          () -> cloud.emulator().recorder().recent(Optional.of("Back"), 1), list -> !list.isEmpty()).get(0);
      assertEquals(front.requestId(), back.parentRequestId());
      assertEquals(root(front.traceId()), root(back.traceId()));
      JsonNode listed = Json.MAPPER.readTree(HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(cloud.emulator().edgeUrl() + ControlRoute.PREFIX + "invocations")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      Map<String, JsonNode> byFunction = new java.util.HashMap<>();
      listed.get("invocations").forEach(item -> byFunction.put(item.get("function").asText(), item));
      assertEquals(Json.MAPPER.readTree("{\"source\": \"http\", \"detail\": \"POST /chain\"}"),
          byFunction.get("Front").get("trigger"));
      assertEquals("", byFunction.get("Front").get("parentRequestId").asText());
      assertEquals(front.requestId(), byFunction.get("Back").get("parentRequestId").asText());
    }
  }

  private static String root(String header) {
    return TraceHeader.parse(header).orElseThrow().root();
  }
}
