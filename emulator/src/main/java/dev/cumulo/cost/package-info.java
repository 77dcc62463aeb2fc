/**
 * The cost estimator: what a workload recorded on this machine will cost in the cloud, why, and at which memory size
 * it is cheapest.
 *
 * <p>Sub-packages: {@code catalog} holds prices as data (catalogue files shipped as resources, user overrides from
 * {@code cumulo-prices.json}); {@code usage} defines the records the engine prices and where they come from
 * ({@link dev.cumulo.cost.usage.UsageSource}); {@code estimate} prices records, projects a month, sweeps memory sizes
 * and finds the break-even against an always-on server; {@code cli} is {@code cumulo cost}.
 *
 * <p>Everything here is pure computation over immutable records: no threads, no state, safe to call from any thread
 * (a view model calls it off the FX thread and renders the returned records). Money is {@link java.math.BigDecimal}
 * in dollars, exact until {@link dev.cumulo.cost.Dollars} rounds it for display.
 */
package dev.cumulo.cost;
