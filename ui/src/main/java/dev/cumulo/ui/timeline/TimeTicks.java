package dev.cumulo.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Where the time axis puts its ticks (a round step of 1, 2 or 5 times a power of ten) and how it labels them. */
public record TimeTicks(long first, long step) {
  private static final long[] STEPS = stepsMicros();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  /** The smallest round step that leaves at least {@code minSpacing} pixels between labels. */
  public static TimeTicks of(Viewport view, double minSpacing) {
    double wanted = minSpacing * view.microsPerPixel();
    long step = STEPS[STEPS.length - 1];
    for (long candidate : STEPS) {
      if (candidate >= wanted) {
        step = candidate;
        break;
      }
    }
    long first = (long) Math.floor(view.start() / step) * step;
    return new TimeTicks(first, step);
  }

  public String label(long time) {
    Instant instant = Instant.ofEpochSecond(Math.floorDiv(time, 1_000_000), Math.floorMod(time, 1_000_000) * 1000L);
    if (step >= 1_000_000) {
      return SECONDS.format(instant);
    }
    if (step >= 1_000) {
      return MILLIS.format(instant);
    }
    return MILLIS.format(instant) + String.format("%03d", Math.floorMod(time, 1000));
  }

  private static long[] stepsMicros() {
    long[] steps = new long[3 * 11 + 4];
    int i = 0;
    long power = 1;
    for (int p = 0; p < 11; p++) {
      steps[i++] = power;
      steps[i++] = power * 2;
      steps[i++] = power * 5;
      power *= 10;
    }
    steps[i++] = 300_000_000L;
    steps[i++] = 600_000_000L;
    steps[i++] = 1_800_000_000L;
    steps[i] = 3_600_000_000L;
    java.util.Arrays.sort(steps);
    return steps;
  }
}
