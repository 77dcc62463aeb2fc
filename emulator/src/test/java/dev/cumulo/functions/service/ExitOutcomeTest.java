package dev.cumulo.functions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cumulo.functions.model.Outcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExitOutcomeTest {
  @Test
  void anExitWhileRunningIsAnExitErrorCrashNamingTheSignal() {
    assertEquals(new Outcome.Crash("r1", "Runtime.ExitError", "signal: segmentation fault"),
        ExitOutcome.of("r1", 128 + 11, false, false, null));
  }

  @Test
  void aProcessKilledForItsMemoryIsOutOfMemoryEvenDuringInit() {
    assertEquals(new Outcome.Crash("r1", "Runtime.OutOfMemory", "signal: killed"),
        ExitOutcome.of("r1", 137, true, true, null));
  }

  @Test
  void anExitDuringInitIsTheInitErrorTheRuntimeReportedFirst() {
    Outcome.InitError reported = new Outcome.InitError("Runtime.ImportModuleError", "{}".getBytes(StandardCharsets.UTF_8));
    assertSame(reported, ExitOutcome.of("r1", 1, false, true, reported));
  }

  @Test
  void anUnexplainedExitDuringInitIsAnExitErrorInitFailure() {
    Outcome outcome = ExitOutcome.of("r1", 3, false, true, null);
    assertEquals("Runtime.ExitError", ((Outcome.InitError) outcome).errorType());
    assertEquals("{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":\"RequestId: r1 Error: Runtime exited with error: exit status 3\"}",
        new String(outcome.payload(), StandardCharsets.UTF_8));
  }
}
