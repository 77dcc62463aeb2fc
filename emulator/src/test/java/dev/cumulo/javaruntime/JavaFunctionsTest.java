package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

/**
 * Java functions end to end: a SAM project with {@code Runtime: java17} run by the emulator, invoked with the AWS SDK's
 * {@code LambdaClient}, each function served by Cumulo's runtime client in its own JVM.
 */
class JavaFunctionsTest {
  @TempDir static Path dir;
  private static LocalCloud cloud;

  private static final Map<String, String> HANDLERS =
      Map.ofEntries(
          Map.entry("StringClass", "fixtures.javafn.Greeter"),
          Map.entry("PojoMethod", "fixtures.javafn.PojoMethods::greet"),
          Map.entry("StaticMethod", "fixtures.javafn.PojoMethods::add"),
          Map.entry("StreamClass", "fixtures.javafn.Uppercase"),
          Map.entry("StreamMethod", "fixtures.javafn.StreamMethods::copy"),
          Map.entry("GenericClass", "fixtures.javafn.PersonDescriber"),
          Map.entry("S3", "fixtures.javafn.EventHandlers::s3"),
          Map.entry("Sqs", "fixtures.javafn.EventHandlers::sqs"),
          Map.entry("HttpApi", "fixtures.javafn.EventHandlers::http"),
          Map.entry("Throws", "fixtures.javafn.Failures::withCause"),
          Map.entry("BadInput", "fixtures.javafn.Failures::person"),
          Map.entry("StaticInit", "fixtures.javafn.StaticInitFails::handle"),
          Map.entry("Constructor", "fixtures.javafn.ConstructorFails::handle"),
          Map.entry("MissingClass", "fixtures.javafn.Missing::handle"),
          Map.entry("Logs", "fixtures.javafn.Logging::handle"),
          Map.entry("Context", "fixtures.javafn.Introspection::context"),
          Map.entry("Isolated", "fixtures.javafn.Introspection::visibility"));

  @BeforeAll
  static void start() {
    TaskRoot.assemble(dir.resolve("fn"));
    StringBuilder template =
        new StringBuilder(
            """
            Globals:
              Function:
                Runtime: java17
                CodeUri: fn/
                MemorySize: 512
                Timeout: 30
            Resources:
            """);
    HANDLERS.forEach(
        (name, handler) ->
            template
                .append("  ")
                .append(name)
                .append(":\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: ")
                .append(handler)
                .append('\n'));
    cloud = LocalCloud.start(dir, Map.of("template.yaml", template.toString()));
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static InvokeResponse invoke(String function, String payload) {
    return cloud
        .lambda()
        .invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)).logType(LogType.TAIL));
  }

  private static String body(InvokeResponse response) {
    return response.payload().asUtf8String();
  }

  private static JsonNode json(InvokeResponse response) throws IOException {
    return Json.MAPPER.readTree(response.payload().asByteArray());
  }

  private static String log(InvokeResponse response) {
    return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
  }

  private static void assertColdThenWarm(String function, String payload, String expected) {
    InvokeResponse cold = invoke(function, payload);
    InvokeResponse warm = invoke(function, payload);
    assertEquals(List.of(expected, expected), List.of(body(cold), body(warm)), function);
    InvocationRecord first = cloud.emulator().recorder().find(cold.responseMetadata().requestId()).orElseThrow();
    InvocationRecord second = cloud.emulator().recorder().find(warm.responseMetadata().requestId()).orElseThrow();
    assertTrue(first.coldStart(), function);
    assertFalse(second.coldStart(), function);
    assertEquals(first.instanceId(), second.instanceId(), function);
    assertTrue(log(cold).contains("\tInit Duration: "), log(cold));
    assertFalse(log(warm).contains("Init Duration"), log(warm));
  }

  @Test
  void everyHandlerStyleAnswersColdThenWarmFromTheSameInstance() {
    assertColdThenWarm("StringClass", "\"Ada\"", "\"Hello, Ada!\"");
    assertColdThenWarm("PojoMethod", "{\"name\":\"Ada\",\"age\":36}", "{\"message\":\"Hello Ada (36)\"}");
    assertColdThenWarm("StaticMethod", "[1,2,3]", "6");
    assertColdThenWarm("StreamClass", "{\"shout\":\"hey\"}", "{\"SHOUT\":\"HEY\"}");
    assertColdThenWarm("StreamMethod", "{\"raw\": [1, 2]}", "{\"raw\": [1, 2]}");
    assertColdThenWarm("GenericClass", "{\"name\":\"Grace\",\"age\":85}", "\"Grace is 85\"");
  }

  @Test
  void s3EventArrivesAsTheEventsLibrarysS3Event() {
    assertEquals(
        "\"ObjectCreated:Put photos/2024/cat pictures/tabby.jpg 1024 2024\"", body(invoke("S3", SampleEvents.S3_PUT)));
  }

  @Test
  void sqsBatchAnswersWithPartialBatchFailures() throws IOException {
    JsonNode response = json(invoke("Sqs", SampleEvents.SQS_BATCH));
    assertEquals(
        "{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}", response.toString());
  }

  @Test
  void httpApiEventAndResponseRoundTrip() throws IOException {
    JsonNode response = json(invoke("HttpApi", SampleEvents.HTTP_API_V2));
    assertEquals(201, response.get("statusCode").asInt());
    assertEquals("text/plain", response.get("headers").get("Content-Type").asText());
    assertEquals("POST /orders two pizzas", response.get("body").asText());
  }

  @Test
  void anExceptionComesBackWithMessageTypeStackTraceAndCause() throws IOException {
    InvokeResponse response = invoke("Throws", "{}");
    JsonNode error = json(response);
    assertEquals("Unhandled", response.functionError());
    assertEquals("order rejected", error.get("errorMessage").asText());
    assertEquals("java.lang.IllegalStateException", error.get("errorType").asText());
    assertEquals("fixtures.javafn.Failures.withCause(Failures.java:10)", error.get("stackTrace").get(0).asText());
    assertEquals("java.lang.IllegalArgumentException", error.get("cause").get("errorType").asText());
    assertEquals("quantity must be positive", error.get("cause").get("errorMessage").asText());
    assertTrue(log(response).contains("order rejected: java.lang.IllegalStateException\njava.lang.IllegalStateException: order rejected\n"), log(response));
  }

  @Test
  void unparseableInputIsLambdasJsonParsingError() throws IOException {
    JsonNode error = json(invoke("BadInput", "{\"age\":\"old\"}"));
    assertEquals("An error occurred during JSON parsing", error.get("errorMessage").asText());
    assertEquals("java.lang.RuntimeException", error.get("errorType").asText());
    assertEquals(0, error.get("stackTrace").size());
    assertEquals("java.io.UncheckedIOException", error.get("cause").get("errorType").asText());
    assertEquals(
        "com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.exc.InvalidFormatException",
        error.get("cause").get("cause").get("errorType").asText());
  }

  @Test
  void initFailuresCarryTheJavaRuntimesErrorTypes() throws IOException {
    InvokeResponse staticInit = invoke("StaticInit", "\"x\"");
    assertEquals("Unhandled", staticInit.functionError());
    assertEquals(
        "{\"errorMessage\":\"Error loading class fixtures.javafn.StaticInitFails\","
            + "\"errorType\":\"java.lang.ExceptionInInitializerError\"}",
        json(staticInit).toString());
    assertEquals(
        "{\"errorMessage\":\"no database\",\"errorType\":\"java.lang.IllegalStateException\"}",
        json(invoke("Constructor", "\"x\"")).toString());
    InvokeResponse missing = invoke("MissingClass", "\"x\"");
    assertEquals(
        "{\"errorMessage\":\"Class not found: fixtures.javafn.Missing\","
            + "\"errorType\":\"java.lang.ClassNotFoundException\"}",
        json(missing).toString());
    assertTrue(log(missing).contains("Class not found: fixtures.javafn.Missing: java.lang.ClassNotFoundException\n"), log(missing));
  }

  @Test
  void logLinesOfEveryChannelLandInTheInvocationsLog() {
    InvokeResponse response = invoke("Logs", "\"x\"");
    List<String> lines = log(response).lines().toList();
    String id = response.responseMetadata().requestId();
    int start = lines.indexOf("START RequestId: " + id + " Version: $LATEST");
    int end = lines.indexOf("END RequestId: " + id);
    assertEquals(
        List.of("stdout line", "stderr line", "context logger", "second line", "runtime logger", "[DEBUG] debug detail",
            "[WARN] warning"),
        lines.subList(start + 1, end));
  }

  @Test
  void contextCarriesTheFunctionsIdentityAndTheInvocationsHeaders() throws IOException {
    InvokeResponse response = invoke("Context", "{}");
    JsonNode context = json(response);
    assertEquals(response.responseMetadata().requestId(), context.get("awsRequestId").asText());
    assertEquals("Context", context.get("functionName").asText());
    assertEquals("$LATEST", context.get("functionVersion").asText());
    assertEquals("arn:aws:lambda:us-east-1:000000000000:function:Context", context.get("invokedFunctionArn").asText());
    assertEquals(512, context.get("memoryLimitInMB").asInt());
    assertTrue(context.get("remainingTimeAtLeast1s").asBoolean());
    assertTrue(context.get("xrayTraceId").asText().startsWith("Root=1-"), context.toString());
    assertEquals(context.get("xrayTraceId"), context.get("traceHeaderProperty"));
    assertNull(context.get("identityId"));
    assertNull(context.get("appTitle"));
  }

  @Test
  void mobileClientContextSentWithInvokeReachesContextGetClientContext() throws IOException {
    String clientContext =
        "{\"client\":{\"installation_id\":\"inst-7\",\"app_title\":\"Shop\"},\"custom\":{\"tier\":\"gold\"},"
            + "\"env\":{\"platform\":\"iPhoneOS\"}}";
    InvokeResponse response =
        cloud
            .lambda()
            .invoke(
                b ->
                    b.functionName("Context")
                        .payload(SdkBytes.fromUtf8String("{}"))
                        .clientContext(Base64.getEncoder().encodeToString(clientContext.getBytes(StandardCharsets.UTF_8))));
    JsonNode context = json(response);
    assertEquals("Shop", context.get("appTitle").asText());
    assertEquals("inst-7", context.get("installationId").asText());
    assertEquals("{\"tier\":\"gold\"}", context.get("custom").toString());
    assertEquals("{\"platform\":\"iPhoneOS\"}", context.get("env").toString());
  }

  @Test
  void functionCodeSeesTheLambdaApiButNotTheRuntimeOrItsLibraries() throws IOException {
    assertEquals(
        "{\"com.amazonaws.services.lambda.runtime.RequestHandler\":true,"
            + "\"com.amazonaws.services.lambda.runtime.logging.LogLevel\":true,"
            + "\"com.amazonaws.services.lambda.runtime.events.S3Event\":true,"
            + "\"dev.cumulo.javaruntime.JavaRuntimeMain\":false,"
            + "\"com.amazonaws.services.lambda.runtime.serialization.PojoSerializer\":false,"
            + "\"com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.ObjectMapper\":false,"
            + "\"com.fasterxml.jackson.databind.ObjectMapper\":false}",
        json(invoke("Isolated", "\"x\"")).toString());
  }
}
