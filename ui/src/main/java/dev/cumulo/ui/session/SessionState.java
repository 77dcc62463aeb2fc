package dev.cumulo.ui.session;

/** Where the emulator of the open project is in its life. */
public enum SessionState {
  NO_PROJECT("No project"),
  STARTING("Starting"),
  RUNNING("Running"),
  STOPPING("Stopping"),
  STOPPED("Stopped"),
  FAILED("Not running");

  private final String label;

  SessionState(String label) {
    this.label = label;
  }

  public boolean canStart() {
    return this == STOPPED || this == FAILED;
  }

  public boolean canStop() {
    return this == RUNNING;
  }

  @Override
  public String toString() {
    return label;
  }
}
