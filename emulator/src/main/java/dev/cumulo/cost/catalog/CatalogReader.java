package dev.cumulo.cost.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a catalogue file (the format of the shipped {@code aws-us-east-1.json}) into a {@link PriceCatalog}. */
public final class CatalogReader {
  private CatalogReader() {}

  public static PriceCatalog read(String name, String json) {
    JsonFile file = JsonFile.parse(name, json);
    JsonNode root = file.root();
    Map<String, Meter> meters = new LinkedHashMap<>();
    JsonNode meterNodes = file.object(root, "meters", "$");
    for (Map.Entry<String, JsonNode> entry : meterNodes.properties()) {
      meters.put(entry.getKey(), meter(file, entry.getKey(), entry.getValue()));
    }
    List<FreeAllowance> free = new ArrayList<>();
    if (root.has("freeTier")) {
      JsonNode allowances = file.array(root, "freeTier", "$");
      for (int i = 0; i < allowances.size(); i++) {
        free.add(allowance(file, allowances.get(i), "freeTier[" + i + "]", meters));
      }
    }
    Map<String, String> rules = new LinkedHashMap<>();
    if (root.has("rules")) {
      file.object(root, "rules", "$").properties().forEach(e -> rules.put(e.getKey(), e.getValue().asText()));
    }
    return new PriceCatalog(
        file.text(root, "provider", "$"),
        file.text(root, "region", "$"),
        file.text(root, "currency", "$"),
        meters,
        free,
        rules,
        "built-in " + name);
  }

  private static Meter meter(JsonFile file, String id, JsonNode node) {
    String path = "meters." + id;
    if (!node.isObject()) {
      throw file.problem(path, "expected an object");
    }
    OptionalLong chunk =
        node.has("chunkBytes")
            ? OptionalLong.of(file.nonNegative(node, "chunkBytes", path).longValueExact())
            : OptionalLong.empty();
    try {
      return new Meter(
          id,
          file.text(node, "service", path),
          file.text(node, "description", path),
          file.text(node, "unit", path),
          tiers(file, node, path, BigDecimal.ONE),
          file.texts(node, "operations", path),
          chunk,
          source(file, file.object(node, "source", path), path + ".source"));
    } catch (IllegalArgumentException e) {
      throw file.problem(path, e.getMessage());
    }
  }

  /**
   * The tiers of a meter entry: either {@code "price"} (one price for every unit) or {@code "tiers": [{"upTo",
   * "price"}]}, prices per {@code "per"} units (default 1). {@code discount} multiplies every unit price.
   */
  static List<Tier> tiers(JsonFile file, JsonNode node, String path, BigDecimal discount) {
    BigDecimal per = node.has("per") ? file.nonNegative(node, "per", path) : BigDecimal.ONE;
    if (per.signum() == 0) {
      throw file.problem(path + ".per", "must be greater than zero");
    }
    if (node.has("price")) {
      return List.of(Tier.unlimited(unitPrice(file.nonNegative(node, "price", path), per, discount)));
    }
    JsonNode tierNodes = file.array(node, "tiers", path);
    List<Tier> tiers = new ArrayList<>();
    BigDecimal previousEnd = BigDecimal.ZERO;
    for (int i = 0; i < tierNodes.size(); i++) {
      JsonNode tier = tierNodes.get(i);
      String at = path + ".tiers[" + i + "]";
      BigDecimal price = unitPrice(file.nonNegative(tier, "price", at), per, discount);
      Optional<BigDecimal> upTo =
          tier.has("upTo") ? Optional.of(file.nonNegative(tier, "upTo", at)) : Optional.empty();
      if (upTo.isPresent() && upTo.get().compareTo(previousEnd) <= 0) {
        throw file.problem(at + ".upTo", "tiers must end at increasing quantities");
      }
      if (upTo.isEmpty() && i != tierNodes.size() - 1) {
        throw file.problem(at, "only the last tier may have no upTo");
      }
      if (upTo.isPresent() && i == tierNodes.size() - 1) {
        throw file.problem(at, "the last tier must have no upTo");
      }
      tiers.add(new Tier(upTo, price));
      previousEnd = upTo.orElse(previousEnd);
    }
    return tiers;
  }

  private static BigDecimal unitPrice(BigDecimal price, BigDecimal per, BigDecimal discount) {
    BigDecimal perUnit;
    try {
      perUnit = price.divide(per);
    } catch (ArithmeticException nonTerminating) {
      perUnit = price.divide(per, MathContext.DECIMAL128);
    }
    return perUnit.multiply(discount);
  }

  private static FreeAllowance allowance(JsonFile file, JsonNode node, String path, Map<String, Meter> meters) {
    List<String> covered = file.texts(node, "meters", path);
    for (String meter : covered) {
      if (!meters.containsKey(meter)) {
        throw file.problem(path + ".meters", "unknown meter " + meter);
      }
    }
    String term = file.text(node, "term", path);
    return new FreeAllowance(
        file.text(node, "id", path),
        file.text(node, "description", path),
        covered,
        file.nonNegative(node, "amount", path),
        FreeTerm.fromJson(term).orElseThrow(() -> file.problem(path + ".term", "unknown term " + term)),
        source(file, file.object(node, "source", path), path + ".source"));
  }

  private static Source source(JsonFile file, JsonNode node, String path) {
    String date = file.text(node, "readOn", path);
    String status = file.text(node, "status", path);
    try {
      return new Source(
          file.text(node, "url", path),
          LocalDate.parse(date),
          SourceStatus.fromJson(status).orElseThrow(() -> file.problem(path + ".status", "unknown status " + status)),
          file.optionalText(node, "note", path).orElse(""));
    } catch (DateTimeParseException e) {
      throw file.problem(path + ".readOn", "'" + date + "' is not a date (yyyy-mm-dd)");
    }
  }
}
