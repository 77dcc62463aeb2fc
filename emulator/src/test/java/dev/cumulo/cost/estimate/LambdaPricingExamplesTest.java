package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.Trigger;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked examples on https://aws.amazon.com/lambda/pricing/ (read 2026-11-27), reproduced to the cent. */
class LambdaPricingExamplesTest {
  private final PriceCatalog aws = Catalogs.aws();
  private final Projector projector = new Projector(aws);

  private Projection month(List<InvocationUsage> recorded, long invocations, FreeTierMode freeTier) {
    return projector.project(UsageSnapshot.of(recorded),
        new ProjectionRequest(Traffic.perMonth(invocations), Optional.empty(), freeTier));
  }

  private static BigDecimal charge(Projection projection, String meterId) {
    return projection.bill().lines().stream().filter(l -> l.meterId().equals(meterId))
        .map(CostLine::charge).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal credit(Projection projection, String allowanceId) {
    return projection.bill().credits().stream().filter(c -> c.allowanceId().equals(allowanceId))
        .map(FreeTierCredit::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void mobileBackendExampleCostsTwoDollarsSeventyThreeAMonth() {
    Projection p = month(
        List.of(InvocationUsage.warm("orders", Architecture.X86_64, 1536, 120)), 3_000_000, FreeTierMode.ALWAYS_FREE);

    BigDecimal compute = charge(p, "lambda.duration.x86_64").subtract(credit(p, "lambda.compute"));
    BigDecimal requests = charge(p, "lambda.requests").subtract(credit(p, "lambda.requests"));
    assertEquals(List.of("2.333338", "0.4", "2.733338"), plain(compute, requests, p.total()));
    assertEquals(List.of("$2.33", "$0.40", "$2.73"),
        List.of(Dollars.cents(compute), Dollars.cents(requests), Dollars.cents(p.total())));
  }

  @Test
  void telemetryExampleBilledWithoutFreeTierCosts249Dollars49() {
    Projection p = month(
        List.of(new InvocationUsage("infer", Architecture.X86_64, 1024, 512, 2000, 0, false, 900, 40, Trigger.INVOKE)),
        7_440_000, FreeTierMode.NONE);

    assertEquals(List.of("248.000496", "1.488", "249.488496"),
        plain(charge(p, "lambda.duration.x86_64"), charge(p, "lambda.requests"), p.total()));
    assertEquals("$249.49", Dollars.cents(p.total()));
  }

  @Test
  void nlpExampleWithTwoGigabytesOfEphemeralStorageCosts106Dollars41() {
    Projection p = month(
        List.of(new InvocationUsage("bert", Architecture.X86_64, 4096, 2048, 280, 0, false, 0, 0, Trigger.INVOKE)),
        6_000_000, FreeTierMode.ALWAYS_FREE);

    BigDecimal compute = charge(p, "lambda.duration.x86_64").subtract(credit(p, "lambda.compute"));
    BigDecimal requests = charge(p, "lambda.requests").subtract(credit(p, "lambda.requests"));
    BigDecimal ephemeral = charge(p, "lambda.ephemeralStorage");
    assertEquals(List.of("105.333544", "1", "0.077868", "106.411412"), plain(compute, requests, ephemeral, p.total()));
    assertEquals(List.of("$105.33", "$1.00", "$0.08", "$106.41"),
        List.of(Dollars.cents(compute), Dollars.cents(requests), Dollars.cents(ephemeral), Dollars.cents(p.total())));
  }

  @Test
  void durableClaimExampleOnArmCosts421Dollars34OfCompute() {
    List<InvocationUsage> perClaim = List.of(
        InvocationUsage.warm("claims", Architecture.ARM64, 1024, 30_000),
        InvocationUsage.warm("claims", Architecture.ARM64, 1024, 2_000));
    Projection p = month(perClaim, 2_000_000, FreeTierMode.ALWAYS_FREE);

    BigDecimal compute = charge(p, "lambda.duration.arm64").subtract(credit(p, "lambda.compute"));
    BigDecimal requests = charge(p, "lambda.requests").subtract(credit(p, "lambda.requests"));
    assertEquals(List.of("421.33544", "0.2"), plain(compute, requests));
    assertEquals(List.of("$421.34", "$0.20"), List.of(Dollars.cents(compute), Dollars.cents(requests)));
  }

  @Test
  void provisionedConcurrencyLaunchDayExampleCosts19Dollars96() {
    ProvisionedConcurrency pc = new ProvisionedConcurrency(aws);
    BigDecimal concurrency = pc.concurrencyCharge(Architecture.X86_64, 1536, 100, Duration.ofHours(8));
    BigDecimal provisionedCompute = pc.executionCharge(
        Architecture.X86_64, LambdaMetering.gbSeconds(1536, 100).multiply(BigDecimal.valueOf(500_000)));
    Projection rest = month(
        List.of(InvocationUsage.warm("orders", Architecture.X86_64, 1536, 120)), 2_500_000, FreeTierMode.ALWAYS_FREE);
    BigDecimal onDemandCompute = charge(rest, "lambda.duration.x86_64").subtract(credit(rest, "lambda.compute"));
    BigDecimal requests = aws.meter("lambda.requests").cost(BigDecimal.valueOf(3_000_000 - 1_000_000));

    BigDecimal total = concurrency.add(provisionedCompute).add(onDemandCompute).add(requests);
    assertEquals(List.of("18.000144", "0.729165", "0.833335", "0.4", "19.962644"),
        plain(concurrency, provisionedCompute, onDemandCompute, requests, total));
    assertEquals("$19.96", Dollars.cents(total));
  }

  @Test
  void cyberMondayProvisionedConcurrencyExampleCosts32Dollars26() {
    ProvisionedConcurrency pc = new ProvisionedConcurrency(aws);
    BigDecimal concurrency = pc.concurrencyCharge(Architecture.X86_64, 4096, 7, Duration.ofHours(24));
    BigDecimal compute = pc.executionCharge(
        Architecture.X86_64, LambdaMetering.gbSeconds(4096, 280).multiply(BigDecimal.valueOf(2_000_000)));
    BigDecimal requests = aws.meter("lambda.requests").cost(BigDecimal.valueOf(2_000_000));

    assertEquals(List.of("$10.08", "$21.78", "$0.40", "$32.26"), List.of(Dollars.cents(concurrency),
        Dollars.cents(compute), Dollars.cents(requests), Dollars.cents(concurrency.add(compute).add(requests))));
  }

  @Test
  void provisionedConcurrencyTimeIsRoundedUpToFiveMinutes() {
    ProvisionedConcurrency pc = new ProvisionedConcurrency(aws);
    assertEquals(
        pc.concurrencyCharge(Architecture.ARM64, 1024, 1, Duration.ofMinutes(5)),
        pc.concurrencyCharge(Architecture.ARM64, 1024, 1, Duration.ofSeconds(1)));
  }
}
