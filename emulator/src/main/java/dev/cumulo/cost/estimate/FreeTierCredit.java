package dev.cumulo.cost.estimate;

import java.math.BigDecimal;

/**
 * What a free-tier allowance took off a month.
 *
 * @param service the service of the allowance's first meter
 * @param units the free units used (never more than were consumed)
 * @param credit the dollars those units would have cost
 */
public record FreeTierCredit(String allowanceId, String service, String description, BigDecimal units,
    BigDecimal credit) {}
