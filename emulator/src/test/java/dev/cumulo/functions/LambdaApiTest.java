package dev.cumulo.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.testing.Await;
import dev.cumulo.testing.LocalCloud;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.RequestTooLargeException;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

class LambdaApiTest {
  @TempDir static Path dir;
  static LocalCloud cloud;

  @BeforeAll
  static void start() {
    cloud = LocalCloud.start(dir, Map.of(
        "template.yaml",
        """
        Resources:
          Echo:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: echo.handler
              CodeUri: src/
              MemorySize: 256
              Timeout: 7
              Description: echoes
              Environment:
                Variables:
                  MODE: test
          Flaky:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: flaky.handler
              CodeUri: src/
          Huge:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: huge.handler
              CodeUri: src/
          NoBootstrap:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: provided.al2023
              Handler: none
              CodeUri: empty/
        """,
        "src/echo.js", "exports.handler = async (e) => e;",
        "src/flaky.js", "exports.handler = async () => { throw new Error('always'); };",
        "src/huge.js", "exports.handler = async () => 'x'.repeat(7 * 1024 * 1024);",
        "empty/readme.txt", "no bootstrap here"));
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void anUnknownFunctionIsResourceNotFound() {
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> cloud.lambda().invoke(b -> b.functionName("Nope")));
    assertEquals(404, e.statusCode());
    assertEquals("Function not found: arn:aws:lambda:us-east-1:000000000000:function:Nope", e.awsErrorDetails().errorMessage());
  }

  @Test
  void aPayloadThatIsNotJsonIsInvalidRequestContent() {
    InvalidRequestContentException e = assertThrows(InvalidRequestContentException.class,
        () -> cloud.lambda().invoke(b -> b.functionName("Echo").payload(SdkBytes.fromUtf8String("{not json"))));
    assertEquals(400, e.statusCode());
    assertTrue(e.awsErrorDetails().errorMessage().startsWith("Could not parse request body into json: Could not parse payload into json:"));
  }

  @Test
  void aPayloadOverSixMegabytesIsRequestTooLarge() {
    String big = "\"" + "x".repeat(6 * 1024 * 1024) + "\"";
    RequestTooLargeException e = assertThrows(RequestTooLargeException.class,
        () -> cloud.lambda().invoke(b -> b.functionName("Echo").payload(SdkBytes.fromUtf8String(big))));
    assertEquals(413, e.statusCode());
    assertEquals("Request must be smaller than 6291456 bytes for the InvokeFunction operation", e.awsErrorDetails().errorMessage());
  }

  @Test
  void anEventOverOneMegabyteIsRequestTooLarge() {
    String big = "\"" + "x".repeat(1024 * 1024) + "\"";
    RequestTooLargeException e = assertThrows(RequestTooLargeException.class, () -> cloud.lambda().invoke(
        b -> b.functionName("Echo").invocationType(InvocationType.EVENT).payload(SdkBytes.fromUtf8String(big))));
    assertEquals("Request must be smaller than 1048576 bytes for the InvokeFunction operation", e.awsErrorDetails().errorMessage());
  }

  @Test
  void aResponseOverSixMegabytesIsAFunctionError() {
    InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Huge"));
    assertEquals("Unhandled", response.functionError());
    assertEquals(
        "{\"errorType\":\"Function.ResponseSizeTooLarge\",\"errorMessage\":\"Response payload size exceeded maximum allowed payload size (6291556 bytes).\"}",
        response.payload().asUtf8String());
  }

  @Test
  void aDryRunChecksWithoutRunning() {
    InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Echo").invocationType(InvocationType.DRY_RUN));
    assertEquals(204, response.statusCode());
  }

  @Test
  void theFunctionNameMayBeAnArnWithQualifier() {
    InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("arn:aws:lambda:us-east-1:000000000000:function:Echo:$LATEST")
        .payload(SdkBytes.fromUtf8String("{\"via\":\"arn\"}")));
    assertEquals("{\"via\":\"arn\"}", response.payload().asUtf8String());
    assertEquals("$LATEST", response.executedVersion());
  }

  @Test
  void anEventInvocationIsAcceptedAndRuns() {
    InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Echo").invocationType(InvocationType.EVENT)
        .payload(SdkBytes.fromUtf8String("{\"async\":true}")));
    assertEquals(202, response.statusCode());
    String id = response.responseMetadata().requestId();
    InvocationRecord record = Await.value("the event runs", Duration.ofSeconds(20),
        () -> cloud.emulator().recorder().find(id), r -> r.isPresent() && r.get().isDone()).orElseThrow();
    assertEquals(OutcomeKind.SUCCESS, record.outcome());
    assertEquals("{\"async\":true}", new String(record.response()));
  }

  @Test
  void aFailingEventIsRetriedTwiceWithTheSameRequestId() {
    InvokeResponse response = cloud.lambda().invoke(b -> b.functionName("Flaky").invocationType(InvocationType.EVENT));
    String id = response.responseMetadata().requestId();
    InvocationRecord last = Await.value("the last retry ends", Duration.ofSeconds(30),
        () -> cloud.emulator().recorder().find(id), r -> r.isPresent() && r.get().attempt() == 2 && r.get().isDone()).orElseThrow();
    assertEquals(OutcomeKind.FUNCTION_ERROR, last.outcome());
  }

  @Test
  void aFunctionThatCannotRunHereIsInTheFailedState() {
    ResourceConflictException e = assertThrows(ResourceConflictException.class,
        () -> cloud.lambda().invoke(b -> b.functionName("NoBootstrap")));
    assertEquals("The operation cannot be performed at this time. The function is currently in the following state: Failed",
        e.awsErrorDetails().errorMessage());
    var config = cloud.lambda().getFunctionConfiguration(b -> b.functionName("NoBootstrap"));
    assertEquals("Failed", config.stateAsString());
    assertTrue(config.stateReason().startsWith("no bootstrap file in"), config.stateReason());
  }

  @Test
  void listFunctionsAndGetFunctionDescribeTheTemplatesFunctions() {
    List<String> names = cloud.lambda().listFunctions().functions().stream().map(FunctionConfiguration::functionName).toList();
    assertEquals(List.of("Echo", "Flaky", "Huge", "NoBootstrap"), names);
    GetFunctionResponse echo = cloud.lambda().getFunction(b -> b.functionName("Echo"));
    FunctionConfiguration c = echo.configuration();
    assertEquals(List.of("nodejs20.x", "echo.handler", 256, 7, "echoes", "Active", Map.of("MODE", "test")),
        List.of(c.runtimeAsString(), c.handler(), c.memorySize(), c.timeout(), c.description(), c.stateAsString(),
            c.environment().variables()));
    assertEquals(Optional.of("x86_64"), c.architecturesAsStrings().stream().findFirst());
  }
}
