/**
 * The memory sweep runner: re-runs a captured event at several memory sizes on instances of the function's own (a
 * {@link dev.cumulo.functions.service.DedicatedPool} per size, so the function's pool and traffic are untouched), with
 * the CPU share Lambda gives each size applied where the platform can limit CPU, and hands the measured durations to
 * {@link dev.cumulo.cost.estimate.MemorySweep}. Where CPU cannot be limited the report says so and the other sizes
 * are modelled. {@code POST /_cumulo/cost/sweep} serves it on the edge port.
 *
 * <p>Unlike the rest of {@code dev.cumulo.cost} this package starts processes and waits for them: a sweep runs its
 * sizes one after another on the calling thread (an edge worker thread for the control API), so that sizes do not
 * compete for the CPU they are measured with. Sweep invocations are recorded with trigger source {@code SWEEP}: they
 * show on the timeline with their logs, and the session's cost leaves them out.
 */
package dev.cumulo.cost.sweep;
