package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.javaruntime.TestRuntimeApi.Posted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime client in its own JVM, started as Cumulo starts it, against a test Runtime API endpoint: the protocol,
 * the process's output and how it ends.
 */
class JavaRuntimeProcessTest {
  @TempDir static Path shared;
  private static Path taskRoot;
  private static String clientClasspath;
  @TempDir Path work;
  private TestRuntimeApi api;
  private FunctionProcess function;

  @BeforeAll
  static void assemble() {
    taskRoot = TaskRoot.assemble(shared.resolve("task"));
    clientClasspath = ClientClasspath.build(shared.resolve("client"));
  }

  @AfterEach
  void stop() {
    if (function != null) {
      function.close();
    }
    if (api != null) {
      api.close();
    }
  }

  private void start(String handler) {
    start(handler, Map.of());
  }

  private void start(String handler, Map<String, String> env) {
    api = new TestRuntimeApi(work.resolve("spill"));
    function = FunctionProcess.start(clientClasspath, taskRoot, handler, api.address(), env, work.resolve("logs"));
  }

  private static Posted await(CompletableFuture<Posted> posted) throws Exception {
    return posted.get(30, TimeUnit.SECONDS);
  }

  @Test
  void stringHandlerAnswersColdThenWarmOnTheSameInstance() throws Exception {
    start("fixtures.javafn.Greeter");
    Posted cold = await(api.invoke("\"Ada\""));
    Posted warm = await(api.invoke("\"Grace\""));
    assertEquals(new Posted("response", cold.headers(), "\"Hello, Ada!\""), cold);
    assertEquals("\"Hello, Grace!\"", warm.body());
    assertEquals("application/json", warm.header("Content-Type"));
    api.nextRequest(3).get(30, TimeUnit.SECONDS);
    assertTrue(function.isAlive());
  }

  @Test
  void handlerExceptionIsPostedWithLambdasErrorShapeAndLogged() throws Exception {
    start("fixtures.javafn.Failures::withCause");
    Posted error = await(api.invoke("{}"));
    assertEquals("error", error.kind());
    assertEquals("Runtime.UserException", error.header("Lambda-Runtime-Function-Error-Type"));
    assertTrue(
        error.body().startsWith(
            "{\"errorMessage\":\"order rejected\",\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"fixtures.javafn.Failures.withCause(Failures.java:10)\","),
        error.body());
    assertTrue(
        error.body().contains(
            "\"cause\":{\"errorMessage\":\"quantity must be positive\","
                + "\"errorType\":\"java.lang.IllegalArgumentException\",\"stackTrace\":[\"fixtures.javafn"),
        error.body());
    assertTrue(error.header("Lambda-Runtime-Function-XRay-Error-Cause").contains("\"label\":\"withCause\""));
    Posted next = await(api.invoke("{}"));
    assertEquals("error", next.kind());
    assertTrue(function.stdout().contains("order rejected: java.lang.IllegalStateException\r"), function.stdout());
  }

  @Test
  void staticInitFailureIsAnInitErrorAndTheProcessExitsWithStatusOne() throws Exception {
    start("fixtures.javafn.StaticInitFails::handle");
    Posted init = await(api.initError());
    assertEquals(
        new Posted(
            "error",
            init.headers(),
            "{\"errorMessage\":\"Error loading class fixtures.javafn.StaticInitFails\","
                + "\"errorType\":\"java.lang.ExceptionInInitializerError\"}"),
        init);
    assertEquals("Runtime.BadFunctionCode", init.header("Lambda-Runtime-Function-Error-Type"));
    assertEquals(1, function.exitStatus(Duration.ofSeconds(30)));
    assertTrue(api.nextArrivals().isEmpty());
  }

  @Test
  void logLinesKeepOneLinePerLogEventAndStreamsAsWritten() throws Exception {
    start("fixtures.javafn.Logging::handle", Map.of("AWS_LAMBDA_LOG_LEVEL", "INFO"));
    assertEquals("\"logged\"", await(api.invoke("\"x\"")).body());
    assertEquals(
        List.of(
            "static init says hi",
            "stdout line",
            "context logger\rsecond line",
            "runtime logger",
            "[WARN] warning"),
        List.of(function.stdout().split("\n")));
    assertEquals("stderr line\n", function.stderr());
  }

  @Test
  void outOfMemoryIsReportedAndEndsTheInstance() throws Exception {
    start("fixtures.javafn.Failures::outOfMemory");
    Posted error = await(api.invoke("\"x\""));
    assertTrue(error.body().startsWith("{\"errorMessage\":\"Java heap space\",\"errorType\":\"java.lang.OutOfMemoryError\""), error.body());
    function.exitStatus(Duration.ofSeconds(30));
    assertFalse(function.isAlive());
  }
}
