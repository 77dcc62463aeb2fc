package dev.cumulo.cost.estimate;

import dev.cumulo.cost.catalog.Meter;
import java.math.BigDecimal;

/**
 * An always-on server to compare with: its hourly price and how many invocations per second one instance serves.
 */
public record ServerOption(String name, BigDecimal hourlyPrice, double capacityPerSecond) {
  public ServerOption {
    if (hourlyPrice.signum() < 0) {
      throw new IllegalArgumentException("the hourly price must not be negative");
    }
    if (!(capacityPerSecond > 0) || Double.isInfinite(capacityPerSecond)) {
      throw new IllegalArgumentException("the capacity must be a positive number of requests per second");
    }
  }

  /** An on-demand instance from the catalogue (an {@code ec2.*} meter priced per instance-hour). */
  public static ServerOption fromCatalog(Meter instanceHours, double capacityPerSecond) {
    return new ServerOption(instanceHours.description(), instanceHours.firstUnitPrice(), capacityPerSecond);
  }
}
