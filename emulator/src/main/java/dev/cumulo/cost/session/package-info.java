/**
 * The session's cost, live: every invocation and service request priced at the margin as the recorder announces it
 * ({@link dev.cumulo.cost.session.SessionCostMeter}), and the control API that reports it
 * ({@link dev.cumulo.cost.session.CostControl}). The meter runs on the recorder's announcing threads and keeps its
 * totals under its own lock; readers on any thread get an immutable {@link dev.cumulo.cost.session.SessionTotals}.
 */
package dev.cumulo.cost.session;
