package dev.cumulo.ui.cost;

import dev.cumulo.cost.estimate.BreakEvenResult;
import dev.cumulo.cost.estimate.CostReport;

/**
 * One answer of the estimator for the form as it was: the report (projection, what-if, providers) and the break-even
 * analysis for the same recording and traffic shape.
 *
 * @param trafficText the traffic as the form put it, shown above the assumptions
 */
public record CostEstimate(CostReport report, BreakEvenResult breakEven, String trafficText) {}
