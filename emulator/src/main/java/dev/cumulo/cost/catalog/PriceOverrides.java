package dev.cumulo.cost.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A project's own prices, from {@code cumulo-prices.json} next to the template, merged over a catalogue.
 *
 * <pre>{@code
 * {
 *   "region": "eu-west-1",                       // label only: the prices below say what it costs there
 *   "discountPercent": 12,                       // off every catalogue price not set below
 *   "meters": {
 *     "lambda.requests": { "price": "0.20", "per": 1000000 },
 *     "lambda.duration.arm64": { "tiers": [ { "upTo": "7500000000", "price": "0.0000133334" },
 *                                           { "price": "0.0000106667" } ] }
 *   },
 *   "freeTier": { "apigateway.http": 0 }          // free units per month, by allowance id
 * }
 * }</pre>
 *
 * A price set here is taken as negotiated: the discount does not apply to it.
 */
public final class PriceOverrides {
  public static final String FILE_NAME = "cumulo-prices.json";
  private static final Set<String> FIELDS = Set.of("region", "discountPercent", "meters", "freeTier");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PriceOverrides() {}

  /** The shipped AWS catalogue with the overrides of the project in {@code projectFolder}, if it has a price file. */
  public static PriceCatalog awsFor(Path projectFolder) {
    return apply(Catalogs.aws(), projectFolder.resolve(FILE_NAME));
  }

  /** Merges the file over {@code catalog}; a missing file leaves the catalogue as it is. */
  public static PriceCatalog apply(PriceCatalog catalog, Path file) {
    if (!Files.exists(file)) {
      return catalog;
    }
    try {
      return apply(catalog, file.toString(), Files.readString(file, StandardCharsets.UTF_8), LocalDate.now());
    } catch (IOException e) {
      throw new CatalogException(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }

  public static PriceCatalog apply(PriceCatalog catalog, String name, String json, LocalDate today) {
    JsonFile file = JsonFile.parse(name, json);
    JsonNode root = file.root();
    for (String field : names(root)) {
      if (!FIELDS.contains(field)) {
        throw file.problem(field, "unknown setting; expected one of " + new TreeSet<>(FIELDS));
      }
    }
    Source source = new Source(name, today, SourceStatus.OVERRIDE, "set in " + name);
    BigDecimal discount = discountFactor(file, root);
    JsonNode meterNodes =
        root.has("meters") ? file.object(root, "meters", "$") : JsonNodeFactory.instance.objectNode();
    Map<String, Meter> meters = new LinkedHashMap<>();
    for (Meter meter : catalog.meters().values()) {
      JsonNode override = meterNodes.get(meter.id());
      meters.put(meter.id(), override == null ? discounted(meter, discount) : overridden(file, meter, override, source));
    }
    for (String id : names(meterNodes)) {
      if (!meters.containsKey(id)) {
        throw file.problem("meters." + id, "unknown meter; known meters: " + new TreeSet<>(meters.keySet()));
      }
    }
    List<FreeAllowance> free = freeTier(file, root, catalog.freeTier(), source);
    String origin = catalog.origin() + ", " + describe(meterNodes.size(), discount) + " from " + name;
    PriceCatalog merged = catalog.with(meters, free, origin);
    return root.has("region") ? merged.inRegion(file.text(root, "region", "$")) : merged;
  }

  private static BigDecimal discountFactor(JsonFile file, JsonNode root) {
    if (!root.has("discountPercent")) {
      return BigDecimal.ONE;
    }
    BigDecimal percent = file.nonNegative(root, "discountPercent", "$");
    if (percent.compareTo(HUNDRED) >= 0) {
      throw file.problem("discountPercent", "must be below 100, was " + percent.toPlainString());
    }
    return HUNDRED.subtract(percent).divide(HUNDRED);
  }

  private static Meter discounted(Meter meter, BigDecimal factor) {
    if (factor.compareTo(BigDecimal.ONE) == 0) {
      return meter;
    }
    List<Tier> tiers = new ArrayList<>();
    meter.tiers().forEach(t -> tiers.add(new Tier(t.upTo(), t.unitPrice().multiply(factor))));
    return meter.withTiers(tiers, meter.source());
  }

  private static Meter overridden(JsonFile file, Meter meter, JsonNode node, Source source) {
    String path = "meters." + meter.id();
    if (!node.isObject()) {
      throw file.problem(path, "expected an object with \"price\" or \"tiers\"");
    }
    if (!node.has("price") && !node.has("tiers")) {
      throw file.problem(path, "expected \"price\" or \"tiers\"");
    }
    return meter.withTiers(CatalogReader.tiers(file, node, path, BigDecimal.ONE), source);
  }

  private static List<FreeAllowance> freeTier(
      JsonFile file, JsonNode root, List<FreeAllowance> allowances, Source source) {
    if (!root.has("freeTier")) {
      return allowances;
    }
    JsonNode amounts = file.object(root, "freeTier", "$");
    List<FreeAllowance> result = new ArrayList<>();
    Set<String> known = new TreeSet<>();
    for (FreeAllowance allowance : allowances) {
      known.add(allowance.id());
      result.add(
          amounts.has(allowance.id())
              ? allowance.withAmount(file.nonNegative(amounts, allowance.id(), "freeTier"), source)
              : allowance);
    }
    for (String id : names(amounts)) {
      if (!known.contains(id)) {
        throw file.problem("freeTier." + id, "unknown free-tier allowance; known: " + known);
      }
    }
    return result;
  }

  private static List<String> names(JsonNode object) {
    return object.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static String describe(int overridden, BigDecimal discount) {
    String prices = overridden + (overridden == 1 ? " price" : " prices") + " set";
    if (discount.compareTo(BigDecimal.ONE) == 0) {
      return prices;
    }
    BigDecimal percent = BigDecimal.ONE.subtract(discount).multiply(HUNDRED).stripTrailingZeros();
    return prices + " and " + percent.toPlainString() + "% off the rest";
  }
}
