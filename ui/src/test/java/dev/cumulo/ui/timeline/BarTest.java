package dev.cumulo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.recorder.PausedSpan;
import dev.cumulo.ui.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarTest {
  @Test
  void aBarCarriesTheSpansADebuggerHeldItsInvocationForTheTimelineToHatch() {
    PausedSpan atBreakpoint = new PausedSpan(1_500_000, 2_500_000, PausedSpan.Cause.CODE_PAUSED);
    Bar bar = Bar.of(Records.paused(Records.done("a", "F", "i-1", 1_000_000, 3_000_000), atBreakpoint)).orElseThrow();

    assertEquals(List.of(atBreakpoint), bar.pauses());
    assertEquals(List.of(), Bar.of(Records.done("b", "F", "i-1", 1_000_000, 3_000_000)).orElseThrow().pauses());
  }
}
