/**
 * {@code cumulo cost}: the command-line face of the estimator. {@link dev.cumulo.cost.cli.CostCommand} parses the
 * arguments, reads the recorded usage from a {@link dev.cumulo.cost.usage.UsageSource}, merges the project's
 * {@code cumulo-prices.json}, and prints a table ({@link dev.cumulo.cost.cli.TextReport}) or JSON ({@link
 * dev.cumulo.cost.cli.JsonReport}). Bad input gets one line on the error stream and exit code 2, never a stack trace.
 * Runs on the caller's thread.
 */
package dev.cumulo.cost.cli;
