package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import dev.cumulo.testing.LocalCloud;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

class PythonFunctionsTest {
  @TempDir static Path dir;
  static LocalCloud cloud;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Globals:
          Function:
            Runtime: python3.11
            CodeUri: src/
        Resources:
          Greeter:
            Type: AWS::Serverless::Function
            Properties:
              Handler: pkg/app.handler
          Raises:
            Type: AWS::Serverless::Function
            Properties:
              Handler: raises.handler
          Missing:
            Type: AWS::Serverless::Function
            Properties:
              Handler: absent.handler
          NoFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: raises.nope
        """,
        "src/pkg/__init__.py", "",
        "src/pkg/app.py",
        """
        import logging
        import os
        logger = logging.getLogger()
        logger.setLevel(logging.INFO)
        def handler(event, context):
            print("printed", event["x"])
            logger.info("logged %s", event["x"])
            return {"x": event["x"], "fn": context.function_name, "id": context.aws_request_id,
                    "memory": context.memory_limit_in_mb, "trace": os.environ.get("_X_AMZN_TRACE_ID", "")}
        """,
        "src/raises.py",
        """
        def handler(event, context):
            raise ValueError("no good")
        """));
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private InvokeResponse invoke(String function, String payload) {
    return cloud.lambda().invoke(b -> b.functionName(function).payload(SdkBytes.fromUtf8String(payload)).logType(LogType.TAIL));
  }

  @Test
  void aHandlerInAPackageGetsItsEventAndContext() throws IOException {
    InvokeResponse response = invoke("Greeter", "{\"x\": 7}");
    JsonNode body = Json.MAPPER.readTree(response.payload().asByteArray());
    assertEquals(7, body.get("x").asInt());
    assertEquals("Greeter", body.get("fn").asText());
    assertEquals(response.responseMetadata().requestId(), body.get("id").asText());
    assertEquals("128", body.get("memory").asText());
    assertTrue(body.get("trace").asText().startsWith("Root=1-"));
  }

  @Test
  void printAndLoggingLinesAreWrittenAsThePythonRuntimeWritesThem() {
    InvokeResponse response = invoke("Greeter", "{\"x\": 8}");
    String id = response.responseMetadata().requestId();
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertTrue(log.lines().anyMatch("printed 8"::equals), log);
    assertTrue(log.lines().anyMatch(l -> l.matches("\\[INFO]\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\t" + id + "\tlogged 8")), log);
  }

  @Test
  void anExceptionComesBackAsThePythonRuntimeShapesIt() throws IOException {
    InvokeResponse response = invoke("Raises", "{}");
    JsonNode body = Json.MAPPER.readTree(response.payload().asByteArray());
    assertEquals("Unhandled", response.functionError());
    assertEquals("ValueError", body.get("errorType").asText());
    assertEquals("no good", body.get("errorMessage").asText());
    assertEquals(response.responseMetadata().requestId(), body.get("requestId").asText());
    assertTrue(body.get("stackTrace").get(0).asText().contains("raises.py\", line 2, in handler"), body.toString());
    String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    assertTrue(log.contains("[ERROR] ValueError: no good\nTraceback (most recent call last):"), log);
  }

  @Test
  void aMissingModuleIsAnImportModuleError() throws IOException {
    JsonNode body = Json.MAPPER.readTree(invoke("Missing", "{}").payload().asByteArray());
    assertEquals("Runtime.ImportModuleError", body.get("errorType").asText());
    assertEquals("Unable to import module 'absent': No module named 'absent'", body.get("errorMessage").asText());
  }

  @Test
  void aMissingFunctionIsHandlerNotFound() throws IOException {
    JsonNode body = Json.MAPPER.readTree(invoke("NoFunction", "{}").payload().asByteArray());
    assertEquals("Runtime.HandlerNotFound", body.get("errorType").asText());
    assertEquals("Handler 'nope' missing on module 'raises'", body.get("errorMessage").asText());
  }
}
