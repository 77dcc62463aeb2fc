package dev.cumulo.cost.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BreakEvenTest {
  private final PriceCatalog aws = Catalogs.aws();
  private final BreakEven breakEven = new BreakEven(new Projector(aws));
  private final UsageSnapshot oneGigabyteSecond =
      UsageSnapshot.of(List.of(InvocationUsage.warm("api", Architecture.X86_64, 1024, 1000)));

  private ProjectionRequest shape(FreeTierMode freeTier) {
    return new ProjectionRequest(Traffic.perMonth(1), Optional.empty(), freeTier);
  }

  @Test
  void serverBecomesCheaperOnceFunctionsCostMoreThanOneInstanceAMonth() {
    ServerOption t4g = ServerOption.fromCatalog(aws.meter("ec2.t4g.small"), 1000);
    BreakEvenResult result = breakEven.analyse(oneGigabyteSecond, shape(FreeTierMode.NONE), t4g);

    // $0.0168 x 730 h = $12.264; one invocation costs $0.0000168667: 727,113 cost $12.263997, 727,114 $12.264014
    assertEquals(OptionalLong.of(727_114), result.breakEvenInvocationsPerMonth());
  }

  @Test
  void freeTierMovesTheBreakEvenUp() {
    ServerOption t4g = ServerOption.fromCatalog(aws.meter("ec2.t4g.small"), 1000);
    BreakEvenResult result = breakEven.analyse(oneGigabyteSecond, shape(FreeTierMode.ALWAYS_FREE), t4g);

    // (n - 400,000) x $0.0000166667 + (n - 1,000,000) x $0.0000002 > $12.264 from n = 1,134,228
    assertEquals(OptionalLong.of(1_134_228), result.breakEvenInvocationsPerMonth());
  }

  @Test
  void serverThatServesAlmostNothingNeverBreaksEven() {
    ServerOption tiny = new ServerOption("tiny", aws.meter("ec2.t4g.small").firstUnitPrice(), 0.0001);
    assertEquals(OptionalLong.empty(),
        breakEven.analyse(oneGigabyteSecond, shape(FreeTierMode.NONE), tiny).breakEvenInvocationsPerMonth());
  }

  @Test
  void peakyDayNeedsMoreInstancesForTheSameMonthlyTraffic() {
    ServerOption server = ServerOption.fromCatalog(aws.meter("ec2.t4g.small"), 1);
    List<Double> lunchRush = new ArrayList<>(Collections.nCopies(24, 0.0));
    lunchRush.set(12, 1.0);
    ProjectionRequest flat = shape(FreeTierMode.NONE);
    ProjectionRequest peaky = flat.withTraffic(new Traffic.DailyProfile(1000, lunchRush));

    long flatInstances = pointAt(breakEven.analyse(oneGigabyteSecond, flat, server), 10_000_000).instances();
    long peakyInstances = pointAt(breakEven.analyse(oneGigabyteSecond, peaky, server), 10_000_000).instances();
    assertEquals(List.of(4L, 92L), List.of(flatInstances, peakyInstances));
  }

  @Test
  void seriesRisesFromAThousandInvocationsAndContainsTheBreakEvenPoint() {
    ServerOption t4g = ServerOption.fromCatalog(aws.meter("ec2.t4g.small"), 1000);
    BreakEvenResult result = breakEven.analyse(oneGigabyteSecond, shape(FreeTierMode.NONE), t4g);

    List<Long> traffic = result.series().stream().map(BreakEvenPoint::invocationsPerMonth).toList();
    assertEquals(List.of(1000L, 1778L, 3162L, 5623L, 10_000L), traffic.subList(0, 5));
    assertTrue(traffic.contains(727_114L), "the break-even point is charted");
    assertEquals(traffic.stream().sorted().toList(), traffic);
  }

  private static BreakEvenPoint pointAt(BreakEvenResult result, long invocations) {
    return result.series().stream().filter(p -> p.invocationsPerMonth() == invocations).findFirst().orElseThrow();
  }
}
