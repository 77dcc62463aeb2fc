package dev.cumulo.cost.estimate;

import java.math.BigDecimal;

/** One point of the break-even chart: the month's cost of both options at one traffic level. */
public record BreakEvenPoint(
    long invocationsPerMonth, BigDecimal functionsCost, BigDecimal serverCost, long instances) {}
