/**
 * The metrics page: invocations, errors, throttles, cold starts, duration percentiles and concurrency per function
 * over a sliding window. {@code MetricsCalculator} is pure; the view model keeps the last hour of finished
 * invocations on the UI thread.
 */
package dev.cumulo.ui.metrics;
