package dev.cumulo.cost.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.cost.Amounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {
  private static final String SOURCE =
      "\"source\": {\"url\": \"https://example.com\", \"readOn\": \"2026-11-27\", \"status\": \"verified\"}";

  private static String catalogue(String meter) {
    return "{\"provider\": \"aws\", \"region\": \"us-east-1\", \"currency\": \"USD\", \"meters\": {\"m\": " + meter
        + "}}";
  }

  @Test
  void pricesPerMillionBecomeExactUnitPrices() {
    PriceCatalog catalog = CatalogReader.read("c.json", catalogue("{\"service\": \"S\", \"description\": \"d\", "
        + "\"unit\": \"requests\", \"per\": 1000000, \"tiers\": [{\"upTo\": \"300000000\", \"price\": \"1.00\"}, "
        + "{\"price\": 0.90}], " + SOURCE + "}"));

    assertEquals(List.of("300000000 at 0.000001", "unlimited at 0.0000009"),
        catalog.meter("m").tiers().stream()
            .map(t -> t.upTo().map(Amounts::plain).orElse("unlimited") + " at " + Amounts.plain(t.unitPrice()))
            .toList());
  }

  @Test
  void tiersThatDoNotIncreaseAreRejectedWithTheirPath() {
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogReader.read("c.json", catalogue(
        "{\"service\": \"S\", \"description\": \"d\", \"unit\": \"u\", \"tiers\": [{\"upTo\": 10, \"price\": 1}, "
            + "{\"upTo\": 5, \"price\": 1}, {\"price\": 1}], " + SOURCE + "}")));
    assertEquals("c.json: meters.m.tiers[1].upTo: tiers must end at increasing quantities", e.getMessage());
  }

  @Test
  void unknownSourceStatusIsRejected() {
    CatalogException e = assertThrows(CatalogException.class, () -> CatalogReader.read("c.json", catalogue(
        "{\"service\": \"S\", \"description\": \"d\", \"unit\": \"u\", \"price\": 1, \"source\": {\"url\": \"u\", "
            + "\"readOn\": \"2026-11-27\", \"status\": \"guessed\"}}")));
    assertEquals("c.json: meters.m.source.status: unknown status guessed", e.getMessage());
  }
}
