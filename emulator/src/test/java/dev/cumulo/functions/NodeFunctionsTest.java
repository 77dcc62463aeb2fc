package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

class NodeFunctionsTest {
  @TempDir static Path dir;
  static LocalCloud cloud;

  static final String TEMPLATE =
      """
      Globals:
        Function:
          Runtime: nodejs20.x
          CodeUri: src/
          Timeout: 2
      Resources:
        Esm:
          Type: AWS::Serverless::Function
          Properties:
            Handler: esm/index.handler
            Environment:
              Variables:
                GREETING: hello
        Cjs:
          Type: AWS::Serverless::Function
          Properties:
            Handler: cjs.handler
        Failing:
          Type: AWS::Serverless::Function
          Properties:
            Handler: failing.handler
        Missing:
          Type: AWS::Serverless::Function
          Properties:
            Handler: nothere.handler
        NotExported:
          Type: AWS::Serverless::Function
          Properties:
            Handler: cjs.absent
        Slow:
          Type: AWS::Serverless::Function
          Properties:
            Handler: slow.handler
            Timeout: 1
        Exits:
          Type: AWS::Serverless::Function
          Properties:
            Handler: exits.handler
        Chatty:
          Type: AWS::Serverless::Function
          Properties:
            Handler: chatty.handler
            Timeout: 30
        Hungry:
          Type: AWS::Serverless::Function
          Properties:
            Handler: hungry.handler
            MemorySize: 128
        Leaky:
          Type: AWS::Serverless::Function
          Properties:
            Handler: leaky.handler
      """;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml", TEMPLATE,
        "src/esm/package.json", "{\"type\":\"module\"}",
        "src/esm/index.js",
        """
        console.log('initializing');
        export const handler = async (event, context) => {
          console.log('got', JSON.stringify(event));
          console.warn('line one\\nline two');
          return { greeting: process.env.GREETING, name: event.name, fn: context.functionName,
                   memory: context.memoryLimitInMB, arn: context.invokedFunctionArn, id: context.awsRequestId,
                   remaining: context.getRemainingTimeInMillis() > 0, trace: process.env._X_AMZN_TRACE_ID,
                   endpoint: process.env.AWS_ENDPOINT_URL, root: process.env.LAMBDA_TASK_ROOT };
        };
        """,
        "src/cjs.js",
        """
        exports.handler = function (event, context, callback) {
          setTimeout(() => callback(null, { style: 'callback', doubled: event.n * 2 }), 5);
        };
        """,
        "src/failing.js", "exports.handler = async () => { throw new TypeError('bad input'); };",
        "src/slow.js", "exports.handler = () => new Promise(resolve => setTimeout(resolve, 5000));",
        "src/exits.js", "exports.handler = async () => { process.exit(3); };",
        "src/chatty.js",
        "exports.handler = async () => { for (let i = 0; i < 50000; i++) console.log('line', i); return 'done'; };",
        "src/leaky.js",
        "const keep = []; exports.handler = async () => { setInterval(() => keep.push(Buffer.alloc(16 * 1024 * 1024, 1)), 20); return 'ok'; };",
        "src/hungry.js",
        "const keep = []; exports.handler = async () => { for (;;) { keep.push(Buffer.alloc(16 * 1024 * 1024, 1)); await new Promise(r => setTimeout(r, 5)); } };"));
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private InvokeResponse invoke(String function, String payload) {
    return cloud.lambda().invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)).logType(LogType.TAIL));
  }

  private static JsonNode json(InvokeResponse response) throws IOException {
    return Json.MAPPER.readTree(response.payload().asByteArray());
  }

  @Test
  void anEsModuleAsyncHandlerGetsTheEventContextAndLambdasEnvironment() throws IOException {
    InvokeResponse response = invoke("Esm", "{\"name\":\"Ada\"}");
    JsonNode body = json(response);
    assertEquals(200, response.statusCode());
    assertEquals(null, response.functionError());
    assertEquals("hello", body.get("greeting").asText());
    assertEquals("Ada", body.get("name").asText());
    assertEquals("Esm", body.get("fn").asText());
    assertEquals("128", body.get("memory").asText());
    assertEquals("arn:aws:lambda:us-east-1:000000000000:function:Esm", body.get("arn").asText());
    assertTrue(body.get("remaining").asBoolean());
    assertTrue(body.get("trace").asText().startsWith("Root=1-"), body.toString());
    assertEquals(cloud.emulator().edgeUrl(), body.get("endpoint").asText());
    assertEquals(dir.resolve("src").toAbsolutePath().normalize().toString(), body.get("root").asText());
  }

  @Test
  void aCallbackHandlerAnswersThroughItsCallback() throws IOException {
    JsonNode body = json(invoke("Cjs", "{\"n\":21}"));
    assertEquals("{\"style\":\"callback\",\"doubled\":42}", body.toString());
  }

  @Test
  void theFirstInvocationIsColdAndTheNextReusesTheWarmInstance() throws Exception {
    String first = invoke("Cjs", "{\"n\":1}").responseMetadata().requestId();
    String second = invoke("Cjs", "{\"n\":2}").responseMetadata().requestId();
    InvocationRecord cold = cloud.emulator().recorder().find(first).orElseThrow();
    InvocationRecord warm = cloud.emulator().recorder().find(second).orElseThrow();
    if (!cold.coldStart()) {
      cold = warm;
    }
    assertFalse(warm.coldStart());
    assertEquals(cold.instanceId(), warm.instanceId());
    assertEquals(0.0, warm.initDurationMs());
  }

  @Test
  void backToBackInvokesFromOneClientAllRunOnOneWarmInstance() {
    invoke("Cjs", "{\"n\":0}");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(invoke("Cjs", "{\"n\":" + i + "}").responseMetadata().requestId());
    }
    var records = ids.stream().map(id -> cloud.emulator().recorder().find(id).orElseThrow()).toList();
    assertEquals(List.of(records.get(0).instanceId()), records.stream().map(InvocationRecord::instanceId).distinct().toList());
    assertFalse(records.stream().anyMatch(InvocationRecord::coldStart));
  }

  @Test
  void theTailLogHasTheFunctionsLinesBetweenStartAndReport() {
    InvokeResponse response = invoke("Esm", "{\"name\":\"Tail\"}");
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    String id = response.responseMetadata().requestId();
    List<String> lines = log.lines().toList();
    assertTrue(lines.contains("START RequestId: " + id + " Version: $LATEST"), log);
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\t" + id + "\tINFO\tgot \\{\"name\":\"Tail\"}")), log);
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("\t" + id + "\tWARN\tline one")), log);
    assertTrue(lines.contains("line two"), "a multi-line message stays one entry, shown on two lines: " + log);
    assertTrue(lines.contains("END RequestId: " + id), log);
    assertTrue(lines.stream().anyMatch(l -> l.matches("REPORT RequestId: " + id
        + "\tDuration: \\d+\\.\\d\\d ms\tBilled Duration: \\d+ ms\tMemory Size: 128 MB\tMax Memory Used: \\d+ MB\t.*")), log);
  }

  @Test
  void aThrownErrorComesBackAsTheNodeRuntimeShapesIt() throws IOException {
    InvokeResponse response = invoke("Failing", "{}");
    JsonNode body = json(response);
    assertEquals("Unhandled", response.functionError());
    assertEquals("TypeError", body.get("errorType").asText());
    assertEquals("bad input", body.get("errorMessage").asText());
    assertEquals("TypeError: bad input", body.get("trace").get(0).asText());
  }

  @Test
  void aMissingModuleIsAnImportModuleError() throws IOException {
    InvokeResponse response = invoke("Missing", "{}");
    JsonNode body = json(response);
    assertEquals("Unhandled", response.functionError());
    assertEquals("Runtime.ImportModuleError", body.get("errorType").asText());
    assertTrue(body.get("errorMessage").asText().startsWith("Error: Cannot find module 'nothere'"), body.toString());
  }

  @Test
  void aHandlerThatIsNotExportedIsHandlerNotFound() throws IOException {
    JsonNode body = json(invoke("NotExported", "{}"));
    assertEquals("Runtime.HandlerNotFound", body.get("errorType").asText());
    assertEquals("cjs.absent is undefined or not exported", body.get("errorMessage").asText());
  }

  @Test
  void aFunctionPastItsTimeoutIsStoppedWithLambdasMessage() throws IOException {
    InvokeResponse response = invoke("Slow", "{}");
    JsonNode body = json(response);
    String id = response.responseMetadata().requestId();
    assertEquals("Unhandled", response.functionError());
    assertEquals("Sandbox.Timedout", body.get("errorType").asText());
    assertEquals("RequestId: " + id + " Error: Task timed out after 1.00 seconds", body.get("errorMessage").asText());
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertTrue(log.contains("\tStatus: timeout"), log);
  }

  @Test
  void aProcessThatExitsIsARuntimeExitError() throws IOException {
    InvokeResponse response = invoke("Exits", "{}");
    JsonNode body = json(response);
    assertEquals("Runtime.ExitError", body.get("errorType").asText());
    assertEquals("RequestId: " + response.responseMetadata().requestId() + " Error: Runtime exited with error: exit status 3",
        body.get("errorMessage").asText());
  }

  @Test
  void aFunctionThatFloodsItsLogIsCappedAndTheEmulatorKeepsServing() throws IOException {
    InvokeResponse response = invoke("Chatty", "{}");
    assertEquals("\"done\"", response.payload().asUtf8String());
    cloud.emulator().recorder().flush();
    var lines = cloud.emulator().recorder().logs(response.responseMetadata().requestId());
    assertTrue(lines.size() < 50_000, "lines were dropped: " + lines.size());
    assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("Cumulo dropped ")), "the drop is reported");
    assertEquals("{\"style\":\"callback\",\"doubled\":0}", invoke("Cjs", "{\"n\":0}").payload().asUtf8String());
  }

  @Test
  void usingMoreMemoryThanConfiguredKillsTheInstanceWithOutOfMemory() throws IOException {
    InvokeResponse response = invoke("Hungry", "{}");
    JsonNode body = json(response);
    assertEquals("Runtime.OutOfMemory", body.get("errorType").asText(), body.toString());
    InvocationRecord record = cloud.emulator().recorder().find(response.responseMetadata().requestId()).orElseThrow();
    assertTrue(record.maxMemoryUsedMb() >= 128, "max memory used " + record.maxMemoryUsedMb());
  }

  @Test
  void anIdleInstanceThatOutgrowsItsMemoryIsStopped() {
    assertEquals("\"ok\"", invoke("Leaky", "{}").payload().asUtf8String());
    Await.until("the idle instance over its memory is stopped", Duration.ofSeconds(10),
        () -> cloud.emulator().functions().function("Leaky").orElseThrow().instances().total() == 0);
  }
}
