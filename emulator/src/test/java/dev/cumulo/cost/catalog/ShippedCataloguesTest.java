package dev.cumulo.cost.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedCataloguesTest {

  @Test
  void everyShippedPriceAndAllowanceNamesAnHttpsSourceAndTheDayItWasRead() {
    List<String> withoutSource = new ArrayList<>();
    for (PriceCatalog catalog : Catalogs.all()) {
      catalog.meters().values().forEach(m -> check(catalog, m.id(), m.source(), withoutSource));
      catalog.freeTier().forEach(a -> check(catalog, a.id(), a.source(), withoutSource));
    }
    assertEquals(List.of(), withoutSource);
  }

  private static void check(PriceCatalog catalog, String id, Source source, List<String> problems) {
    boolean sourced = source.url().startsWith("https://")
        && !source.readOn().isAfter(LocalDate.now())
        && source.status() != SourceStatus.OVERRIDE
        && !source.note().isBlank();
    if (!sourced) {
      problems.add(catalog.provider() + " " + id);
    }
  }

  @Test
  void shippedCataloguesAreForTheDefaultRegionsInDollars() {
    assertEquals(List.of("aws us-east-1 USD", "azure eastus USD", "google us-central1 USD"),
        Catalogs.all().stream().map(c -> c.provider() + " " + c.region() + " " + c.currency()).toList());
  }

  @Test
  void catalogueForAnotherRegionIsNotInventedButPointsToTheOverrideFile() {
    CatalogException e = assertThrows(CatalogException.class,
        () -> Catalogs.aws("eu-west-1"));
    assertEquals("aws-eu-west-1.json: no built-in price catalogue; shipped: aws-us-east-1.json, azure-eastus.json, "
        + "google-us-central1.json (prices for other regions go in cumulo-prices.json)", e.getMessage());
  }
}
