package dev.cumulo.cost.catalog;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceOverridesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private final PriceCatalog aws = Catalogs.aws();

  private PriceCatalog apply(String json) {
    return PriceOverrides.apply(aws, "cumulo-prices.json", json, TODAY);
  }

  private static String price(PriceCatalog catalog, String meterId) {
    return plain(catalog.meter(meterId).firstUnitPrice());
  }

  @Test
  void namedPriceReplacesOnlyThatMeterAndSaysWhereItCameFrom() {
    PriceCatalog merged = apply("{\"meters\": {\"lambda.requests\": {\"price\": \"0.25\", \"per\": 1000000}}}");

    assertEquals(List.of("0.00000025", "0.0000166667", "override", "cumulo-prices.json"), List.of(
        price(merged, "lambda.requests"), price(merged, "lambda.duration.x86_64"),
        merged.meter("lambda.requests").source().status().jsonName(), merged.meter("lambda.requests").source().url()));
  }

  @Test
  void discountTakesAPercentageOffEveryTierOfEveryPriceNotSetExplicitly() {
    PriceCatalog merged = apply("{\"discountPercent\": 10, \"meters\": {\"lambda.requests\": {\"price\": \"0.20\", "
        + "\"per\": 1000000}}}");

    assertEquals(List.of("0.0000002", "0.00001500003", "0.0000135", "0.00001200006"), List.of(
        price(merged, "lambda.requests"),
        price(merged, "lambda.duration.x86_64"),
        plain(merged.meter("lambda.duration.x86_64").tiers().get(1).unitPrice()),
        plain(merged.meter("lambda.duration.x86_64").tiers().get(2).unitPrice())));
    assertEquals("built-in aws-us-east-1.json, 1 price set and 10% off the rest from cumulo-prices.json",
        merged.origin());
  }

  @Test
  void freeTierAmountsCanBeChangedByAllowanceId() {
    PriceCatalog merged = apply("{\"freeTier\": {\"lambda.compute\": 0}}");
    assertEquals(BigDecimal.ZERO, merged.freeTier().stream().filter(a -> a.id().equals("lambda.compute"))
        .findFirst().orElseThrow().amount());
  }

  @Test
  void regionRenamesTheCatalogueTheOverridesDescribe() {
    assertEquals("eu-west-1", apply("{\"region\": \"eu-west-1\"}").region());
  }

  @Test
  void brokenJsonIsReportedWithFileAndLine() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> apply("{\n  \"discountPercent\": 10,\n  \"meters\": {\n    \"lambda.requests\" {}\n  }\n}"));
    assertEquals("cumulo-prices.json:4: not valid JSON: Unexpected character ('{' (code 123)): was expecting a colon "
        + "to separate field name and value", e.getMessage());
  }

  @Test
  void unknownMeterIsNamedWithTheKnownOnesToChooseFrom() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> apply("{\"meters\": {\"lambda.request\": {\"price\": 1}}}"));
    assertEquals(true, e.getMessage().startsWith(
        "cumulo-prices.json: meters.lambda.request: unknown meter; known meters: [apigateway.http.requests, "));
  }

  @Test
  void misspeltSettingIsRejectedRatherThanIgnored() {
    CatalogException e = assertThrows(CatalogException.class, () -> apply("{\"discount\": 10}"));
    assertEquals("cumulo-prices.json: discount: unknown setting; expected one of [discountPercent, freeTier, meters, "
        + "region]", e.getMessage());
  }

  @Test
  void discountOfAHundredPercentOrMoreIsRejected() {
    CatalogException e = assertThrows(CatalogException.class, () -> apply("{\"discountPercent\": 100}"));
    assertEquals("cumulo-prices.json: discountPercent: must be below 100, was 100", e.getMessage());
  }

  @Test
  void negativePriceIsRejectedWithItsPath() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> apply("{\"meters\": {\"sqs.requests.fifo\": {\"price\": \"-0.5\"}}}"));
    assertEquals("cumulo-prices.json: meters.sqs.requests.fifo.price: must not be negative, was -0.5", e.getMessage());
  }

  @Test
  void projectWithoutAnOverrideFileKeepsTheCatalogue(@TempDir Path dir) {
    assertSame(aws, PriceOverrides.apply(aws, dir.resolve(PriceOverrides.FILE_NAME)));
  }

  @Test
  void overrideFileOnDiskIsNamedByItsPath(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve(PriceOverrides.FILE_NAME), "{\"discountPercent\": \"ten\"}");
    CatalogException e = assertThrows(CatalogException.class, () -> PriceOverrides.apply(aws, file));
    assertEquals(file + ": discountPercent: 'ten' is not a number", e.getMessage());
  }
}
