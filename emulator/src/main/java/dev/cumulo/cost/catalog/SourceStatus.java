package dev.cumulo.cost.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How far a catalogue figure could be checked against its source. */
public enum SourceStatus {
  /** Read on the provider's own pricing page, documentation or blog. */
  VERIFIED("verified"),
  /** The provider's page renders the figure client-side; read where a third party quotes that page. */
  SECONDARY("secondary"),
  /** No source was found; the figure is the last one known and must be checked. */
  NOT_FOUND("not-found"),
  /** Set by the developer in {@code cumulo-prices.json}. */
  OVERRIDE("override");

  private final String jsonName;

  SourceStatus(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  static Optional<SourceStatus> fromJson(String name) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst();
  }
}
