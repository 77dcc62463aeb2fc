package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  private final Projector projector = new Projector(Catalogs.aws());
  private final UsageSnapshot recorded = UsageSnapshot.of(List.of(
      InvocationUsage.warm("orders", Architecture.X86_64, 1024, 1000),
      InvocationUsage.warm("orders", Architecture.X86_64, 1024, 1000),
      InvocationUsage.warm("thumbs", Architecture.X86_64, 2048, 500)));

  private static BigDecimal charge(Projection projection, String meterId) {
    return projection.bill().lines().stream().filter(l -> l.meterId().equals(meterId))
        .map(CostLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private ProjectionRequest month(long invocations, FreeTierMode freeTier) {
    return new ProjectionRequest(Traffic.perMonth(invocations), Optional.empty(), freeTier);
  }

  @Test
  void recordedMixIsScaledKeepingEachFunctionsShare() {
    Projection p = projector.project(recorded, month(3_000_000, FreeTierMode.NONE));

    // orders: 2M invocations x 1 GB-s; thumbs: 1M x 1 GB-s; requests $0.20 a million
    assertEquals(Map.of("orders", "33.7334", "thumbs", "16.8667"),
        Map.of("orders", plain(p.byFunction().get("orders")), "thumbs", plain(p.byFunction().get("thumbs"))));
    assertEquals("50.6001", plain(p.total()));
  }

  @Test
  void whatIfArm64PricesTheSameDurationsAtTheArmRate() {
    ProjectionRequest request = month(3_000_000, FreeTierMode.NONE);
    Projection arm = projector.project(recorded, request.withArchitecture(Architecture.ARM64));

    assertEquals(List.of("0.6", "40.0002", "40.6002"),
        plain(charge(arm, "lambda.requests"), charge(arm, "lambda.duration.arm64"), arm.total()));
  }

  @Test
  void freeTierCreditNeverExceedsWhatWasUsed() {
    Projection p = projector.project(recorded, month(3_000, FreeTierMode.ALWAYS_FREE));

    assertEquals(List.of("0", "3000", "3000"), List.of(plain(p.total()),
        plain(p.bill().credits().get(0).units()), plain(p.bill().credits().get(1).units())));
  }

  @Test
  void dailyProfileProjectsThirtyPointFourDaysAndPeaksInTheBusiestHour() {
    List<Double> weights = new ArrayList<>(Collections.nCopies(24, 1.0));
    weights.set(12, 25.0);
    Traffic traffic = new Traffic.DailyProfile(48_000, weights);

    assertEquals("1460000", plain(traffic.invocationsPerMonth()));
    assertEquals(25_000 / 3600.0, traffic.peakPerSecond(), 1e-9);
  }

  @Test
  void assumptionsSayHowTrafficWasScaledAndWhereThePricesComeFrom() {
    Projection p = projector.project(recorded, month(3_000_000, FreeTierMode.ALWAYS_FREE));

    assertEquals(
        List.of("traffic.scale", "duration.local", "duration.rounding", "free-tier", "data-transfer", "prices"),
        p.assumptions().stream().map(Assumption::id).toList());
    assertEquals("Traffic counted in function invocations: the 3 recorded are scaled to 3,000,000 a month "
        + "(each stands for 1,000,000), keeping their mix of functions, durations and service requests.",
        p.assumptions().get(0).text());
  }

  @Test
  void projectingAnEmptyRecordingIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> projector.project(UsageSnapshot.of(List.of()), month(1, FreeTierMode.NONE)));
    assertEquals("nothing recorded yet: invoke a function or send a request first", e.getMessage());
  }

  @Test
  void negativeTrafficIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Traffic.perMonth(-1));
    assertEquals("invocations per month must not be negative, was -1", e.getMessage());
  }
}
