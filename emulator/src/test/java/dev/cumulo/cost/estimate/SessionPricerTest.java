package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.Origin;
import dev.cumulo.cost.usage.Service;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import dev.cumulo.cost.usage.Trigger;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionPricerTest {
  private final SessionPricer pricer = new SessionPricer(Catalogs.aws());

  @Test
  void oneInvocationCostsItsRequestPlusItsGigabyteSecondsAtFirstTierPrices() {
    InvocationCost cost = pricer.price(InvocationUsage.warm("orders", Architecture.X86_64, 1536, 120));

    assertEquals(List.of("120", "0.18", "1", "0.0000002", "0.000003000006", "0", "0.000003200006"), List.of(
        String.valueOf(cost.billedDurationMs()), plain(cost.gbSeconds()), String.valueOf(cost.requests()),
        plain(cost.requestCharge()), plain(cost.durationCharge()), plain(cost.ephemeralStorageCharge()),
        plain(cost.total())));
  }

  @Test
  void coldStartOnArmPaysForItsInitPhaseAtTheArmRate() {
    InvocationCost cost = pricer.price(
        new InvocationUsage("f", Architecture.ARM64, 1024, 512, 99.5, 400.2, true, 0, 0, Trigger.HTTP_API));

    assertEquals(List.of("500", "0.0000068667"),
        List.of(String.valueOf(cost.billedDurationMs()), plain(cost.total())));
  }

  @Test
  void sessionTotalAddsEveryInvocationAndRequest() {
    UsageSnapshot session = new UsageSnapshot(
        List.of(InvocationUsage.warm("a", Architecture.X86_64, 1024, 1000),
            InvocationUsage.warm("b", Architecture.ARM64, 1024, 1000)),
        List.of(new ServiceRequestUsage(Service.S3, "bucket", "PutObject", 10, 0, Origin.IN_REGION)),
        List.of());

    SessionCost cost = pricer.price(session);
    assertEquals(List.of("0.0000168667", "0.0000135334", "0.000005", "0.0000354001"), plain(
        cost.invocations().get(0).total(), cost.invocations().get(1).total(),
        cost.serviceRequests().get(0).total(), cost.total()));
  }
}
