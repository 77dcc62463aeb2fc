package dev.cumulo.cost.estimate;

import java.math.BigDecimal;

/**
 * One memory size in a sweep.
 *
 * @param cpuShare the vCPU share the code can use at this size (memory/1,769 MB, capped by threads and 6 vCPUs)
 * @param durationMs measured at this size, or modelled from the measured sizes
 * @param costPerInvocation request plus duration at first-tier prices
 */
public record SweepRow(
    int memoryMb,
    double cpuShare,
    double durationMs,
    long billedDurationMs,
    boolean measured,
    BigDecimal costPerInvocation,
    BigDecimal costPerMillion) {}
