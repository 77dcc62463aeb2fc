/**
 * The estimates: the marginal cost of each recorded invocation and request ({@link
 * dev.cumulo.cost.estimate.SessionPricer}), a month at a chosen traffic level with or without the free tier and per
 * architecture ({@link dev.cumulo.cost.estimate.Projector}), the cost and speed of every memory size ({@link
 * dev.cumulo.cost.estimate.MemorySweep}), the traffic above which an always-on server is cheaper ({@link
 * dev.cumulo.cost.estimate.BreakEven}), and the same workload on Azure Functions and Cloud Run functions ({@link
 * dev.cumulo.cost.estimate.ProviderComparison}).
 *
 * <p>Billing follows AWS: duration rounded up to the millisecond (INIT included on cold starts), GB-seconds from
 * MB/1024, request charges prorated, volume tiers applied to monthly totals per meter, free tiers taken from the first
 * units. Amounts stay exact {@link java.math.BigDecimal} dollars; only {@link dev.cumulo.cost.Dollars} rounds, for
 * display. Every class is stateless or immutable and safe to use from any thread.
 */
package dev.cumulo.cost.estimate;
