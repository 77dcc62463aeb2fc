package dev.cumulo.ui.cost;

/** An event a memory sweep can re-run: a recorded invocation's request, named for a chooser. */
public record RecordedEvent(String requestId, String label) {
  @Override
  public String toString() {
    return label;
  }
}
