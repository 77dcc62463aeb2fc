package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderComparisonTest {
  private final ProviderComparison comparison =
      new ProviderComparison(Catalogs.aws(), Catalogs.azure(), Catalogs.google());

  private List<String> totals(InvocationUsage recorded, long invocations, FreeTierMode freeTier) {
    return comparison.compare(UsageSnapshot.of(List.of(recorded)),
            new ProjectionRequest(Traffic.perMonth(invocations), Optional.empty(), freeTier)).stream()
        .map(e -> e.provider() + " " + e.plan() + ": " + plain(e.bill().total()))
        .toList();
  }

  @Test
  void threeMillionOneSecondRunsAtOneAndAHalfGigabytesOnEachProvider() {
    // Azure Consumption: (4,500,000 - 400,000) GB-s x $0.000016 + 2M x $0.20/M = $66.00 (the modal.com example)
    assertEquals(List.of(
            "aws Lambda: 68.73347",
            "azure Consumption: 66",
            "azure Flex Consumption (on demand): 154.5",
            "google Cloud Run functions: 82.18"),
        totals(InvocationUsage.warm("job", Architecture.X86_64, 1536, 1000), 3_000_000, FreeTierMode.ALWAYS_FREE));
  }

  @Test
  void azureConsumptionRoundsMemoryUpTo128MbAndTimeUpTo100Ms() {
    List<String> totals =
        totals(InvocationUsage.warm("tiny", Architecture.X86_64, 130, 20), 1_000_000, FreeTierMode.NONE);

    // 256 MB x 100 ms = 0.025 GB-s x $0.000016 x 1M + $0.20
    assertEquals("azure Consumption: 0.6", totals.get(1));
  }

  @Test
  void cloudRunFunctionsBillTheSizesVcpuPer100Ms() {
    List<String> totals =
        totals(InvocationUsage.warm("api", Architecture.X86_64, 512, 120), 1_000_000, FreeTierMode.NONE);

    // 200 ms x (0.333 vCPU x $0.000024 + 0.5 GiB x $0.0000025) x 1M + $0.40
    assertEquals("google Cloud Run functions: 2.2484", totals.get(3));
  }
}
