package dev.cumulo.cost.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

class SessionCostTest {
  @TempDir Path dir;

  @Test
  void theSessionTotalIsEveryInvocationAndRequestPricedAtTheMargin() throws Exception {
    try (LocalCloud cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Photos:
            Type: AWS::S3::Bucket
            Properties: {BucketName: photos}
          Echo:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/, MemorySize: 1024}
        """,
        "src/app.py", "def handler(event, context):\n    return event\n"))) {
      cloud.lambda().invoke(b -> b.functionName("Echo"));
      cloud.lambda().invoke(b -> b.functionName("Echo"));
      cloud.s3().putObject(b -> b.bucket("photos").key("a.txt"), RequestBody.fromString("hello"));
      SessionCostMeter meter = cloud.emulator().sessionCost();
      Await.until("both invocations and the request priced", Duration.ofSeconds(10), () -> meter.totals().invocations() == 2 && meter.totals().serviceRequests() == 1);

      List<InvocationRecord> records = cloud.emulator().recorder().recent(Optional.of("Echo"), 10);
      BigDecimal functions = records.stream().map(r -> meter.price(r).orElseThrow().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal onePut = new BigDecimal("0.005").divide(BigDecimal.valueOf(1000));
      JsonNode session = get(cloud, "/_cumulo/cost/session");
      assertEquals(0, functions.add(onePut).compareTo(session.get("totalUsd").decimalValue()), session.toString());
      assertEquals(2, session.get("invocations").asInt());
      assertTrue(session.get("byFunction").has("Echo"), session.toString());
      assertEquals("$0.000005000", session.get("byService").get("s3").asText(), session.toString());

      for (InvocationRecord record : records) {
        JsonNode one = get(cloud, "/_cumulo/cost/invocations/" + record.requestId());
        assertEquals(record.billedDurationMs(), one.get("billedDurationMs").asLong(), "billed as the REPORT line says");
        assertEquals("$0.0000002000", one.get("requestCharge").asText());
      }
    }
  }

  private static JsonNode get(LocalCloud cloud, String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(cloud.emulator().edgeUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return Json.MAPPER.readTree(response.body());
  }
}
