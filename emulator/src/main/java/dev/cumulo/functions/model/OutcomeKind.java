package dev.cumulo.functions.model;

/** The outcome of an invocation as stored and filtered on; {@link #PENDING} while it runs. */
public enum OutcomeKind {
  PENDING,
  SUCCESS,
  FUNCTION_ERROR,
  TIMEOUT,
  CRASH,
  INIT_ERROR,
  THROTTLED;

  public boolean isError() {
    return this != PENDING && this != SUCCESS;
  }
}
