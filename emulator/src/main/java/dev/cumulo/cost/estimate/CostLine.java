package dev.cumulo.cost.estimate;

import java.math.BigDecimal;

/**
 * One line of a monthly estimate: a meter's charge attributable to one function or resource.
 *
 * @param service the meter's service ({@code Lambda}, {@code S3}, ...)
 * @param group the function, bucket, queue, API or schedule
 * @param quantity in {@code unit}, for the month
 * @param charge before the free tier; the meter's volume tiers are applied to the meter's monthly total and shared
 *     out by quantity
 */
public record CostLine(
    String service, String group, String meterId, String description, BigDecimal quantity, String unit,
    BigDecimal charge) {}
