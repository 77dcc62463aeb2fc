package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.FreeTerm;

/** Which free-tier allowances a monthly estimate deducts. */
public enum FreeTierMode {
  /** None: the price of every unit. */
  NONE,
  /** The allowances every account gets every month (Lambda, SQS, scheduler, data transfer out). */
  ALWAYS_FREE,
  /** Also the 12-month offers of accounts created before July 2025 (API Gateway, S3). */
  FIRST_YEAR;

  boolean covers(FreeTerm term) {
    return switch (this) {
      case NONE -> false;
      case ALWAYS_FREE -> term == FreeTerm.ALWAYS;
      case FIRST_YEAR -> true;
    };
  }
}
