/**
 * The Cost page: a month projected from what the recorder kept (the form, the total with its assumptions, the
 * breakdown by function and by service, other providers), the memory sweep chart and the break-even chart.
 *
 * <p>Threads: {@link dev.cumulo.ui.cost.CostViewModel} and the views live on the FX thread. Reading the recorder,
 * estimating and running a sweep (seconds: an instance per memory size) happen on the background executor and come
 * back through the FX executor; the estimator itself is the emulator's ({@code dev.cumulo.cost}), never redone here.
 */
package dev.cumulo.ui.cost;
