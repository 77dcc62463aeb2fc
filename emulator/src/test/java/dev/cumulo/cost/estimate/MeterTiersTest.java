package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.catalog.Meter;
import dev.cumulo.cost.catalog.PriceCatalog;
import dev.cumulo.cost.usage.InvocationUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Volume tiers at their boundaries, as the pricing pages state them. */
class MeterTiersTest {
  private final PriceCatalog aws = Catalogs.aws();

  private String cost(String meterId, String quantity) {
    return plain(aws.meter(meterId).cost(new BigDecimal(quantity)));
  }

  @Test
  void x86DurationUpToExactlySixBillionGbSecondsIsAllFirstTier() {
    assertEquals(List.of("100000.2", "100000.200015"), List.of(
        cost("lambda.duration.x86_64", "6000000000"), cost("lambda.duration.x86_64", "6000000001")));
  }

  @Test
  void x86DurationAtFifteenBillionGbSecondsEndsTheSecondTier() {
    assertEquals(List.of("235000.2", "235000.2000133334"), List.of(
        cost("lambda.duration.x86_64", "15000000000"), cost("lambda.duration.x86_64", "15000000001")));
  }

  @Test
  void armDurationTiersEndAtSevenAndAHalfAndEighteenPointSevenFiveBillion() {
    assertEquals(List.of("100000.5", "235001.625", "235001.6250106667"), List.of(
        cost("lambda.duration.arm64", "7500000000"),
        cost("lambda.duration.arm64", "18750000000"),
        cost("lambda.duration.arm64", "18750000001")));
  }

  @Test
  void s3StandardStoragePriceDropsAfterFiftyTerabytes() {
    assertEquals(List.of("1177.6", "1177.622", "11315.2", "11315.221"), List.of(
        cost("s3.storage.standard", "51200"),
        cost("s3.storage.standard", "51201"),
        cost("s3.storage.standard", "512000"),
        cost("s3.storage.standard", "512001")));
  }

  @Test
  void restApiExampleOfFifteenBillionCallsCosts36353Dollars10() {
    assertEquals("36353.1", cost("apigateway.rest.requests", "15000000000"));
  }

  @Test
  void httpApiPriceDropsAfterThreeHundredMillionRequests() {
    assertEquals(List.of("300", "300.0000009"), List.of(
        cost("apigateway.http.requests", "300000000"), cost("apigateway.http.requests", "300000001")));
  }

  @Test
  void tiersApplyToTheMonthlyTotalOfAllFunctionsOfAnArchitecture() {
    UsageSnapshot twoFunctions = UsageSnapshot.of(List.of(
        InvocationUsage.warm("a", Architecture.X86_64, 1024, 1000),
        InvocationUsage.warm("b", Architecture.X86_64, 1024, 1000)));
    Projection p = new Projector(aws).project(twoFunctions,
        new ProjectionRequest(Traffic.perMonth(8_000_000_000L), Optional.empty(), FreeTierMode.NONE));

    Meter duration = aws.meter("lambda.duration.x86_64");
    assertEquals("130000.2", plain(duration.cost(new BigDecimal("8000000000"))));
    Map<String, BigDecimal> byFunction = p.byFunction();
    assertEquals(List.of("65800.1", "65800.1"), plain(byFunction.get("a"), byFunction.get("b")));
  }
}
