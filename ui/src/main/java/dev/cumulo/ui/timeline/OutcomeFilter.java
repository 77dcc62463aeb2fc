package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;

/** Which invocations to show, by how they ended. */
public enum OutcomeFilter {
  ALL("All outcomes"),
  SUCCESS("Succeeded"),
  ERRORS("Errors"),
  TIMEOUTS("Timeouts"),
  THROTTLES("Throttles"),
  COLD_STARTS("Cold starts"),
  RUNNING("Running");

  private final String label;

  OutcomeFilter(String label) {
    this.label = label;
  }

  public boolean matches(Bar bar) {
    OutcomeKind outcome = bar.outcome();
    return switch (this) {
      case ALL -> true;
      case SUCCESS -> outcome == OutcomeKind.SUCCESS;
      case ERRORS -> outcome == OutcomeKind.FUNCTION_ERROR || outcome == OutcomeKind.CRASH || outcome == OutcomeKind.INIT_ERROR
          || outcome == OutcomeKind.TIMEOUT;
      case TIMEOUTS -> outcome == OutcomeKind.TIMEOUT;
      case THROTTLES -> outcome == OutcomeKind.THROTTLED;
      case COLD_STARTS -> bar.coldStart();
      case RUNNING -> bar.running();
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
