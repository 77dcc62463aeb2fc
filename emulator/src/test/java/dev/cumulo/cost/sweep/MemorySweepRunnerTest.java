package dev.cumulo.cost.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.cost.usage.RecorderUsageSource;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.Recorder;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** The memory sweep over the control API, re-running a real Python function's captured event at several sizes. */
class MemorySweepRunnerTest {
  /** About 25 ms of CPU at one vCPU: at 128 MB (0.07 vCPU) Lambda would take over 300 ms. */
  private static final String BUSY_EVENT = "{\"n\":200000}";

  @TempDir static Path dir;
  static LocalCloud cloud;
  static String capturedRequestId;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Busy:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.11, Handler: app.handler, CodeUri: src/, MemorySize: 256}
        """,
        "src/app.py",
        """
        def handler(event, context):
            total = 0
            for i in range(event["n"]):
                total += i
            return {"total": total, "memory": context.memory_limit_in_mb}
        """));
    capturedRequestId = invokeBusy().responseMetadata().requestId();
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static InvokeResponse invokeBusy() {
    return cloud.lambda().invoke(b -> b.functionName("Busy").payload(SdkBytes.fromUtf8String(BUSY_EVENT)).logType(LogType.TAIL));
  }

  @Test
  void sweepMeasuresEachSizeWithItsCpuShareAndMarksTheCheapestAndTheFastest() throws Exception {
    HttpResponse<String> response = sweep("{\"requestId\":\"" + capturedRequestId + "\",\"sizes\":[128,512,1769],\"repetitions\":3}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode sweep = Json.MAPPER.readTree(response.body());
    assertEquals("Busy", sweep.get("function").asText());
    assertEquals(platformCanLimitCpu(), sweep.get("cpuLimit").get("limited").asBoolean(), sweep.get("cpuLimit").toString());

    List<JsonNode> measured = list(sweep.get("measured"));
    assertEquals(List.of(128, 512, 1769), measured.stream().map(m -> m.get("memoryMb").asInt()).toList());
    for (JsonNode size : measured) {
      assertTrue(size.get("error").isNull(), size.toString());
      assertEquals(2, size.get("warmDurationsMs").size(), size.toString());
      assertEquals(3, size.get("requestIds").size(), size.toString());
      assertTrue(size.get("initDurationMs").asDouble() > 0, size.toString());
    }

    List<JsonNode> rows = list(sweep.get("sizes"));
    JsonNode cheapest = rows.stream().min(Comparator.comparing((JsonNode r) -> r.get("costPerInvocation").decimalValue())
        .thenComparingLong(r -> r.get("billedDurationMs").asLong())).orElseThrow();
    JsonNode fastest = rows.stream().min(Comparator.comparingLong((JsonNode r) -> r.get("billedDurationMs").asLong())
        .thenComparing(r -> r.get("costPerInvocation").decimalValue())).orElseThrow();
    assertEquals(List.of(cheapest.get("memoryMb").asInt()), marked(rows, "cheapest"));
    assertEquals(List.of(fastest.get("memoryMb").asInt()), marked(rows, "fastest"));
    assertEquals(cheapest.get("memoryMb"), sweep.get("cheapest").get("memoryMb"));
    assertEquals(fastest.get("memoryMb"), sweep.get("fastest").get("memoryMb"));

    String statement = sweep.get("cpuLimit").get("statement").asText();
    if (platformCanLimitCpu()) {
      double at128 = measured.get(0).get("warmMedianMs").asDouble();
      double at1769 = measured.get(2).get("warmMedianMs").asDouble();
      assertTrue(at128 > 1.8 * at1769, "CPU-bound at 128 MB " + at128 + " ms vs 1769 MB " + at1769 + " ms");
      assertEquals(0.0724, measured.get(0).get("cpus").asDouble(), 0.0001);
      assertEquals(1769, fastest.get("memoryMb").asInt());
      assertTrue(rows.stream().allMatch(r -> r.get("measured").asBoolean()), rows.toString());
      assertTrue(statement.startsWith("CPU limited with "), statement);
    } else {
      assertTrue(statement.startsWith("CPU not limited on this platform"), statement);
      assertTrue(statement.contains("modelled"), statement);
      assertEquals(List.of(1769), rows.stream().filter(r -> r.get("measured").asBoolean())
          .map(r -> r.get("memoryMb").asInt()).toList());
    }
  }

  @Test
  void sweepRunsAreRecordedAsSweepsOutsideTheWorkloadAndLeaveTheFunctionsOwnInstanceWarm() throws Exception {
    invokeBusy();
    HttpResponse<String> response = sweep("{\"function\":\"Busy\",\"event\":{\"n\":1000},\"sizes\":[1024],\"repetitions\":2}");
    assertEquals(200, response.statusCode(), response.body());
    String sweepRun = Json.MAPPER.readTree(response.body()).get("measured").get(0).get("requestIds").get(1).asText();

    JsonNode record = get("/_cumulo/invocations/" + sweepRun);
    assertEquals(List.of("sweep", "memory sweep 1024 MB", "1024"), List.of(record.get("trigger").get("source").asText(),
        record.get("trigger").get("detail").asText(), record.get("memorySizeMb").asText()));
    assertEquals(1024, record.get("response").get("memory").asInt());
    RecorderUsageSource usage = new RecorderUsageSource(dir.resolve(".cumulo"), dir.resolve("template.yaml"));
    Recorder recorder = cloud.emulator().recorder();
    assertEquals(List.of(false, true), List.of(usage.usage(recorder.find(sweepRun).orElseThrow()).isPresent(),
        usage.usage(recorder.find(capturedRequestId).orElseThrow()).isPresent()));

    String report = new String(Base64.getDecoder().decode(invokeBusy().logResult()), StandardCharsets.UTF_8);
    assertTrue(report.contains("Memory Size: 256 MB") && !report.contains("Init Duration"), report);
  }

  @Test
  void sweepOfAnUnknownRequestIdIsNotFound() throws Exception {
    HttpResponse<String> response = sweep("{\"requestId\":\"no-such-request\",\"sizes\":[128]}");
    assertEquals(404, response.statusCode());
    assertEquals("No invocation with request id no-such-request", Json.MAPPER.readTree(response.body()).get("message").asText());
  }

  @Test
  void sweepOfAnUnknownFunctionIsNotFound() throws Exception {
    HttpResponse<String> response = sweep("{\"function\":\"Nope\",\"event\":{},\"sizes\":[128]}");
    assertEquals(404, response.statusCode());
    assertEquals("No function named Nope", Json.MAPPER.readTree(response.body()).get("message").asText());
  }

  @Test
  void sweepRejectsSizesOutsideLambdasRange() throws Exception {
    HttpResponse<String> response = sweep("{\"function\":\"Busy\",\"event\":{},\"sizes\":[64,128]}");
    assertEquals(400, response.statusCode());
    assertEquals("each size must be 128 to 10240 MB (Lambda's MemorySize range), got 64",
        Json.MAPPER.readTree(response.body()).get("message").asText());
  }

  @Test
  void sweepNeedsACapturedOrAnInlineEvent() throws Exception {
    HttpResponse<String> response = sweep("{\"function\":\"Busy\",\"sizes\":[128]}");
    assertEquals(400, response.statusCode());
    assertEquals("Give either requestId (a recorded invocation's event) or event, not both",
        Json.MAPPER.readTree(response.body()).get("message").asText());
  }

  /**
   * Whether this machine lets Cumulo limit a local process's CPU: as root (or with a delegated folder) on cgroup v1's
   * cpu hierarchy, or cgroup v2 with the cpu controller available to this process's cgroup.
   */
  private static boolean platformCanLimitCpu() throws IOException {
    Path v1 = Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us");
    if (Files.exists(v1) && Files.isWritable(v1.getParent())) {
      return true;
    }
    Path v2 = Path.of("/sys/fs/cgroup/cgroup.subtree_control");
    return Files.exists(v2) && Files.isWritable(v2) && Files.readString(v2.resolveSibling("cgroup.controllers")).contains("cpu");
  }

  private static List<Integer> marked(List<JsonNode> rows, String mark) {
    return rows.stream().filter(r -> r.get(mark).asBoolean()).map(r -> r.get("memoryMb").asInt()).toList();
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
  }

  private HttpResponse<String> sweep(String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(cloud.endpoint().resolve("/_cumulo/cost/sweep"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(cloud.endpoint() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }
}
