package dev.cumulo.debug.model;

/** What can go wrong with a debugger command, with the HTTP status the control API answers it with. */
public enum DebugError {
  NOT_FOUND(404),
  INVALID(400),
  CONFLICT(409),
  UNAVAILABLE(503);

  private final int status;

  DebugError(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  public DebugException exception(String message) {
    return new DebugException(this, message);
  }
}
