package dev.cumulo.ui.metrics;

/**
 * What happened in one slice of time: how many invocations started in it, how they ended, their duration percentiles
 * (ms, 0 when none finished) and the most invocations running at once during it.
 */
public record MetricBucket(long start, int invocations, int errors, int throttles, int coldStarts, double p50, double p95,
    double p99, int peakConcurrency) {}
