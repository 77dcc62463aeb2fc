package dev.cumulo.javaruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The LambdaLogger's lines on standard output, in text and JSON formats, with level filtering. */
@Isolated
class RuntimeLoggerTest {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream original;

  @BeforeEach
  void capture() {
    original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(original);
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textEventsAreOneLineEachWithInnerNewlinesAsCarriageReturns() {
    RuntimeLogger logger = new RuntimeLogger(LogLevel.UNDEFINED, LogFormat.TEXT);
    logger.log("one\ntwo");
    logger.log("ends with newline\n");
    logger.log((String) null);
    logger.log("bytes\nstay raw".getBytes(StandardCharsets.UTF_8));
    logger.log("with level", LogLevel.INFO);
    assertEquals("one\rtwo\nends with newline\nnull\nbytes\rstay raw\n[INFO] with level\n", output());
  }

  @Test
  void levelsBelowTheConfiguredOneAreDroppedButUnlevelledLinesAlwaysPass() {
    RuntimeLogger logger = new RuntimeLogger(LogLevel.WARN, LogFormat.TEXT);
    logger.log("debug", LogLevel.DEBUG);
    logger.log("info", LogLevel.INFO);
    logger.log("warn", LogLevel.WARN);
    logger.log("fatal", LogLevel.FATAL);
    logger.log("plain");
    assertEquals(List.of("[WARN] warn", "[FATAL] fatal", "plain"), List.of(output().split("\n")));
  }

  @Test
  void jsonRecordsCarryTimestampMessageLevelAndRequestId() {
    RuntimeLogger logger = new RuntimeLogger(LogLevel.UNDEFINED, LogFormat.JSON);
    logger.log("before any invocation", LogLevel.INFO);
    logger.setInvocation(
        new InvocationContext(
            RuntimeEnvironment.of(java.util.Map.of(), "h"),
            new Invocation("req-1", null, "", 0, null, null, null, new byte[0]),
            null,
            null,
            logger));
    logger.log("multi\nline", LogLevel.ERROR);
    String[] lines = output().split("\n");
    assertEquals(2, lines.length, output());
    assertTrue(
        lines[0].matches(
            "\\{\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\",\"message\":\"before any invocation\","
                + "\"level\":\"INFO\"}"),
        lines[0]);
    assertTrue(lines[1].endsWith(",\"message\":\"multi\\nline\",\"level\":\"ERROR\",\"AWSRequestId\":\"req-1\"}"), lines[1]);
  }
}
