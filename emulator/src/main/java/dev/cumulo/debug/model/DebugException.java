package dev.cumulo.debug.model;

/** A debugger command that cannot be done, and why. */
public final class DebugException extends RuntimeException {
  private final DebugError error;

  DebugException(DebugError error, String message) {
    super(message);
    this.error = error;
  }

  public DebugError error() {
    return error;
  }
}
