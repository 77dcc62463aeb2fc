package dev.cumulo.ui.timeline;

import java.util.Locale;

/** Durations the way people read them: 0.42 ms, 12.3 ms, 1.25 s, 2 min 5 s. */
public final class Durations {
  private Durations() {}

  public static String format(double millis) {
    if (millis < 1) {
      return String.format(Locale.ROOT, "%.2f ms", millis);
    }
    if (millis < 100) {
      return String.format(Locale.ROOT, "%.1f ms", millis);
    }
    if (millis < 1_000) {
      return String.format(Locale.ROOT, "%.0f ms", millis);
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
    long seconds = Math.round(millis / 1000);
    return seconds / 60 + " min " + seconds % 60 + " s";
  }
}
