package dev.cumulo.cost.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.catalog.Catalogs;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySweepTest {
  private final MemorySweep sweep = new MemorySweep(Catalogs.aws());
  private static final List<Integer> SIZES = List.of(128, 256, 512, 1024, 1769, 2048);

  private static List<String> billed(SweepResult result) {
    return result.rows().stream()
        .map(r -> r.memoryMb() + ":" + r.billedDurationMs() + (r.measured() ? " measured" : ""))
        .toList();
  }

  @Test
  void oneMeasuredSizeModelsCpuBoundDurationInverseToMemoryUpToOneVcpu() {
    SweepResult result = sweep.sweep("resize", Architecture.X86_64,
        List.of(SweepPoint.measured(1024, 1000)), new SweepOptions(SIZES, 1.0, 1));

    assertEquals(List.of("128:8000", "256:4000", "512:2000", "1024:1000 measured", "1769:579", "2048:579"),
        billed(result));
  }

  @Test
  void cheapestIsTheFastestOfTheEquallyCheapSizesAndFastestIsTheCheapestOfTheEquallyFastOnes() {
    SweepResult result = sweep.sweep("resize", Architecture.X86_64,
        List.of(SweepPoint.measured(1024, 1000)), new SweepOptions(SIZES, 1.0, 1));

    assertEquals(List.of(1024, 1769), List.of(result.cheapest().memoryMb(), result.fastest().memoryMb()));
  }

  @Test
  void codeUsingFourThreadsKeepsGettingFasterUpToFourVcpus() {
    SweepResult result = sweep.sweep("encode", Architecture.ARM64,
        List.of(SweepPoint.measured(1024, 1000)), new SweepOptions(List.of(1769, 3538, 7076, 10240), 1.0, 4));

    assertEquals(List.of("1024:1000 measured", "1769:579", "3538:290", "7076:145", "10240:145"), billed(result));
  }

  @Test
  void ioBoundShareOfTheDurationDoesNotShrinkWithMemory() {
    SweepResult result = sweep.sweep("fetch", Architecture.X86_64,
        List.of(SweepPoint.measured(1024, 1000)), new SweepOptions(List.of(128, 2048), 0.5, 1));

    assertEquals(List.of("128:4500", "1024:1000 measured", "2048:790"), billed(result));
  }

  @Test
  void twoMeasuredSizesAreFittedIntoFixedAndCpuWork() {
    SweepResult result = sweep.sweep("report", Architecture.X86_64,
        List.of(SweepPoint.measured(512, 1000), SweepPoint.measured(1024, 600)),
        new SweepOptions(List.of(128, 2048), 1.0, 1));

    assertEquals(List.of("128:3400", "512:1000 measured", "1024:600 measured", "2048:432"), billed(result));
    assertEquals("Fitted from 2 measured sizes: 200.0 ms that do not depend on memory plus 231.5 ms of CPU work at "
        + "one vCPU.", result.assumptions().stream().filter(a -> a.id().equals("sweep.model"))
            .map(Assumption::text).findFirst().orElseThrow());
  }

  @Test
  void costPerMillionIsTheRequestPlusTheBilledGigabyteSeconds() {
    SweepResult result = sweep.sweep("resize", Architecture.X86_64,
        List.of(SweepPoint.measured(1024, 1000)), new SweepOptions(List.of(), 1.0, 1));

    assertEquals("16.8667", result.rows().get(0).costPerMillion().stripTrailingZeros().toPlainString());
  }

  @Test
  void aSweepWithoutAnyMeasuredDurationIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sweep.sweep("f",
        Architecture.X86_64, List.of(new SweepPoint(512, 10, false)), SweepOptions.defaults()));
    assertEquals("f: a sweep needs at least one measured duration", e.getMessage());
  }
}
