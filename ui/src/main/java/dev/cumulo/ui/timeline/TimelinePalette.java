package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import javafx.scene.paint.Color;

/** The timeline's colours, one set per theme; outcomes keep the same hue in both so that users learn them once. */
public record TimelinePalette(
    Color background,
    Color alternateRow,
    Color grid,
    Color axisBackground,
    Color text,
    Color mutedText,
    Color headerBackground,
    Color life,
    Color queueWait,
    Color init,
    Color success,
    Color running,
    Color error,
    Color timeout,
    Color crash,
    Color throttle,
    Color selection,
    Color chain,
    Color now) {

  public static final TimelinePalette LIGHT = new TimelinePalette(
      Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#d0d7de", 0.6), Color.web("#f6f8fa"), Color.web("#1f2328"),
      Color.web("#656d76"), Color.web("#eaeef2"), Color.web("#54aeff", 0.16), Color.web("#8c959f"), Color.web("#bf8700"),
      Color.web("#0969da"), Color.web("#54aeff"), Color.web("#cf222e"), Color.web("#fb8f44"), Color.web("#82071e"),
      Color.web("#8250df"), Color.web("#1f2328"), Color.web("#bf3989"), Color.web("#1a7f37"));

  public static final TimelinePalette DARK = new TimelinePalette(
      Color.web("#0d1117"), Color.web("#161b22"), Color.web("#30363d", 0.8), Color.web("#161b22"), Color.web("#e6edf3"),
      Color.web("#8d96a0"), Color.web("#21262d"), Color.web("#388bfd", 0.18), Color.web("#6e7681"), Color.web("#d29922"),
      Color.web("#2f81f7"), Color.web("#79c0ff"), Color.web("#f85149"), Color.web("#f0883e"), Color.web("#ff7b72"),
      Color.web("#a371f7"), Color.web("#ffffff"), Color.web("#f778ba"), Color.web("#3fb950"));

  /**
   * The band of an instance's life as it shows over a row of colour {@code row}: the translucent {@link #life()}
   * blended once here, so that the canvas fills it opaque (the software renderer blends every pixel of a translucent fill).
   */
  public Color lifeOn(Color row) {
    double a = life.getOpacity();
    return Color.color(life.getRed() * a + row.getRed() * (1 - a), life.getGreen() * a + row.getGreen() * (1 - a),
        life.getBlue() * a + row.getBlue() * (1 - a), row.getOpacity());
  }

  public Color outcome(OutcomeKind kind) {
    return switch (kind) {
      case PENDING -> running;
      case SUCCESS -> success;
      case FUNCTION_ERROR, INIT_ERROR -> error;
      case TIMEOUT -> timeout;
      case CRASH -> crash;
      case THROTTLED -> throttle;
    };
  }
}
