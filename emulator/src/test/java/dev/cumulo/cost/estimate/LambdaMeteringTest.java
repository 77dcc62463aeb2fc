package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LambdaMeteringTest {
  private final LambdaMetering metering = new LambdaMetering(Catalogs.aws());

  private static InvocationUsage invocation(double durationMs, double initMs, boolean cold, long eventBytes,
      Trigger trigger) {
    return new InvocationUsage("f", Architecture.X86_64, 128, 512, durationMs, initMs, cold, eventBytes, 0, trigger);
  }

  @Test
  void billedDurationRoundsUpToTheNextMillisecond() {
    assertEquals(List.of(2L, 1L, 0L, 120L), List.of(
        metering.billedDurationMs(invocation(1.0001, 0, false, 0, Trigger.INVOKE)),
        metering.billedDurationMs(invocation(0.2, 0, false, 0, Trigger.INVOKE)),
        metering.billedDurationMs(invocation(0, 0, false, 0, Trigger.INVOKE)),
        metering.billedDurationMs(invocation(120, 0, false, 0, Trigger.INVOKE))));
  }

  @Test
  void coldStartBillsTheInitPhaseTogetherWithTheInvocation() {
    assertEquals(351, metering.billedDurationMs(invocation(100.2, 250.3, true, 0, Trigger.INVOKE)));
  }

  @Test
  void warmInvocationIgnoresAnInitDurationLeftInTheRecord() {
    assertEquals(101, metering.billedDurationMs(invocation(100.2, 250.3, false, 0, Trigger.INVOKE)));
  }

  @Test
  void gigabyteSecondsDivideMegabytesBy1024() {
    assertEquals(List.of("0.000125", "0.18", "10"), plain(
        LambdaMetering.gbSeconds(128, 1),
        LambdaMetering.gbSeconds(1536, 120),
        LambdaMetering.gbSeconds(10_240, 1000)));
  }

  @Test
  void asynchronousEventAbove256KbCostsOneMoreRequestPer64KbChunk() {
    assertEquals(List.of(1L, 2L, 2L, 3L, 13L), List.of(
        metering.requests(invocation(1, 0, false, 262_144, Trigger.S3)),
        metering.requests(invocation(1, 0, false, 262_145, Trigger.S3)),
        metering.requests(invocation(1, 0, false, 327_680, Trigger.ASYNC_INVOKE)),
        metering.requests(invocation(1, 0, false, 327_681, Trigger.SCHEDULE)),
        metering.requests(invocation(1, 0, false, 1_048_576, Trigger.ASYNC_INVOKE))));
  }

  @Test
  void synchronousInvocationIsOneRequestWhateverItsPayload() {
    assertEquals(1, metering.requests(invocation(1, 0, false, 6_000_000, Trigger.HTTP_API)));
  }

  @Test
  void onlyEphemeralStorageAbove512MbIsMetered() {
    InvocationUsage defaultStorage = invocation(1000, 0, false, 0, Trigger.INVOKE);
    InvocationUsage twoGigabytes =
        new InvocationUsage("f", Architecture.X86_64, 128, 2048, 1000, 0, false, 0, 0, Trigger.INVOKE);
    assertEquals(List.of("0", "1.5"), plain(
        metering.ephemeralGbSeconds(defaultStorage, 1000), metering.ephemeralGbSeconds(twoGigabytes, 1000)));
  }
}
