package dev.cumulo.ui.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Consecutive narrow bars of one colour that touch, drawn as one rectangle. Zoomed out over a long session, a lane
 * holds a bar every pixel or two; one rectangle per stretch instead of one per bar is most of a frame's drawing saved,
 * and looks the same (a gap of half a pixel would not show).
 */
final class BarRun {
  /** Bars narrower than this can join a run; wider ones are drawn on their own, with their text. */
  static final double MAX_WIDTH = 3;
  /** The narrowest a bar is drawn, so that a short invocation still shows. */
  private static final double MIN_WIDTH = 1.5;
  /** A gap this narrow between two bars would not show, so the bars join. */
  private static final double JOIN_GAP = 0.5;

  private final GraphicsContext g;
  private double x0 = Double.NaN;
  private double x1;
  private Color color;
  private double alpha;

  BarRun(GraphicsContext g) {
    this.g = g;
  }

  /** Adds a bar from {@code from} to {@code to}; draws the run so far first when the bar cannot join it. */
  void add(double from, double to, Color fill, double opacity, double top, double height) {
    double end = Math.max(to, from + MIN_WIDTH);
    if (!Double.isNaN(x0) && fill.equals(color) && opacity == alpha && from <= x1 + JOIN_GAP) {
      x1 = Math.max(x1, end);
      return;
    }
    flush(top, height);
    x0 = from;
    x1 = end;
    color = fill;
    alpha = opacity;
  }

  /** Draws what is pending, if anything. */
  void flush(double top, double height) {
    if (Double.isNaN(x0)) {
      return;
    }
    g.setGlobalAlpha(alpha);
    g.setFill(color);
    g.fillRect(x0, top, x1 - x0, height);
    g.setGlobalAlpha(1);
    x0 = Double.NaN;
  }
}
