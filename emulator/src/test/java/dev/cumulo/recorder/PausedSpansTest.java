package dev.cumulo.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PausedSpansTest {
  @TempDir Path dir;

  private static InvocationRecord done(String id, List<PausedSpan> pauses) {
    return new InvocationRecord(id, "F", "i-1", Trigger.direct(), InvocationType.REQUEST_RESPONSE, "Root=1-0-0", "", 0,
        Phase.DONE, OutcomeKind.SUCCESS, "", false, 10, 0, 0, 20, 90, 0.05, 1, 128, 30, 0, new byte[] {'{', '}'},
        new byte[] {'1'}, pauses);
  }

  @Test
  void pausedSpansAreStoredWithTheInvocationAndReadBack() {
    List<PausedSpan> spans = List.of(new PausedSpan(10, 20, PausedSpan.Cause.EVENT_HELD),
        new PausedSpan(30, 80, PausedSpan.Cause.CODE_PAUSED));
    try (Recorder recorder = Recorder.open(dir)) {
      recorder.invocation(done("a", spans));
      recorder.invocation(done("b", List.of()));
      recorder.flush();
    }
    try (Recorder reopened = Recorder.open(dir)) {
      assertEquals(spans, reopened.find("a").orElseThrow().pauses());
      assertEquals(60, reopened.find("a").orElseThrow().pausedMicros());
      assertEquals(List.of(), reopened.find("b").orElseThrow().pauses());
    }
  }

  @Test
  void aRecordMadeWithoutPausesHasNone() {
    InvocationRecord record = new InvocationRecord("c", "F", "i", Trigger.direct(), InvocationType.EVENT, "t", "", 0,
        Phase.QUEUED, OutcomeKind.PENDING, "", false, 1, 0, 0, 0, 0, 0, 0, 128, 0, 0, new byte[0], new byte[0]);
    assertEquals(List.of(), record.pauses());
    assertEquals(0, record.pausedMicros());
  }
}
