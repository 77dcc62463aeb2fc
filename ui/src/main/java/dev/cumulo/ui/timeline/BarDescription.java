package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;

/** The two lines shown when the pointer rests on a bar. */
final class BarDescription {
  private BarDescription() {}

  static String of(Bar bar, long now) {
    String outcome = bar.running() ? "running" : bar.outcome() == OutcomeKind.SUCCESS ? "succeeded"
        : bar.errorType().isEmpty() ? bar.outcome().name().toLowerCase().replace('_', ' ') : bar.errorType();
    String timing = bar.throttled() ? "throttled" : Durations.format((bar.endOr(now) - bar.start()) / 1000.0)
        + (bar.coldStart() ? " (init " + Durations.format((bar.initEnd() - bar.start()) / 1000.0) + ")" : "");
    return bar.function() + " · " + outcome + " · " + timing + "\n" + bar.trigger().source().name().toLowerCase() + " "
        + bar.trigger().detail() + " · " + bar.requestId();
  }
}
