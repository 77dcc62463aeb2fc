package dev.cumulo.cost.estimate;

import java.math.BigDecimal;

/**
 * A quantity of one meter, attributed to a function or a resource.
 *
 * @param group the function name, or the bucket, queue, API or schedule the quantity belongs to
 * @param meterId the catalogue meter ({@code lambda.duration.x86_64}, ...)
 * @param quantity in the meter's unit
 */
public record MeteredUsage(String group, String meterId, BigDecimal quantity) {

  MeteredUsage times(BigDecimal factor) {
    return new MeteredUsage(group, meterId, quantity.multiply(factor));
  }
}
