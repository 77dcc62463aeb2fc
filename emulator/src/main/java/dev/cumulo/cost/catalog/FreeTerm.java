package dev.cumulo.cost.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How long a free-tier allowance lasts. */
public enum FreeTerm {
  /** Every month, for every account. */
  ALWAYS("always"),
  /** Only in an account's first 12 months (accounts created before AWS's July 2025 free-tier change). */
  FIRST_12_MONTHS("first-12-months");

  private final String jsonName;

  FreeTerm(String jsonName) {
    this.jsonName = jsonName;
  }

  static Optional<FreeTerm> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
