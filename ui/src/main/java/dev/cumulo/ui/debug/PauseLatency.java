package dev.cumulo.ui.debug;

/**
 * How long a pause took to show, from the moment the runtime stopped (the backend's {@code pausedAt}): until the
 * debugger's snapshot with it reached the view model through the feed, and until the first frame laid out with its
 * line marked in the code view and its panel filled.
 */
public record PauseLatency(long toModelMicros, long toFrameMicros) {
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.1f ms to the view model, %.1f ms to the frame", toModelMicros / 1000.0,
        toFrameMicros / 1000.0);
  }
}
