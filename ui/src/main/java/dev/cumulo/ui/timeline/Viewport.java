package dev.cumulo.ui.timeline;

/**
 * The visible stretch of time: {@code start} (epoch microseconds) at the left edge of the bars area, and the scale.
 * Zooming keeps the time under the anchor where it is; resizing keeps the stretch of time shown; the scale stays
 * between a microsecond and a minute per pixel.
 */
public record Viewport(double start, double microsPerPixel, double width) {
  public static final double MIN_MICROS_PER_PIXEL = 1;
  public static final double MAX_MICROS_PER_PIXEL = 60_000_000;

  public Viewport {
    microsPerPixel = Math.max(MIN_MICROS_PER_PIXEL, Math.min(MAX_MICROS_PER_PIXEL, microsPerPixel));
    width = Math.max(1, width);
  }

  /** A view of the last {@code spanMicros} before {@code end}. */
  public static Viewport ending(long end, double spanMicros, double width) {
    double mpp = spanMicros / Math.max(1, width);
    return new Viewport(end - mpp * Math.max(1, width), mpp, width);
  }

  public double x(double time) {
    return (time - start) / microsPerPixel;
  }

  public double time(double x) {
    return start + x * microsPerPixel;
  }

  public double end() {
    return time(width);
  }

  public double span() {
    return width * microsPerPixel;
  }

  /** Zooms by {@code factor} (above 1 zooms in) keeping the time at {@code anchorX} under it. */
  public Viewport zoom(double factor, double anchorX) {
    double anchor = time(anchorX);
    double mpp = Math.max(MIN_MICROS_PER_PIXEL, Math.min(MAX_MICROS_PER_PIXEL, microsPerPixel / factor));
    return new Viewport(anchor - anchorX * mpp, mpp, width);
  }

  /** Moves the view by {@code dx} pixels: positive shows later times. */
  public Viewport pan(double dx) {
    return new Viewport(start + dx * microsPerPixel, microsPerPixel, width);
  }

  /** The same scale with {@code time} at the right edge, less a small margin so the newest bar is not cut. */
  public Viewport endingAt(double time) {
    double margin = Math.min(40, width * 0.05) * microsPerPixel;
    return new Viewport(time + margin - width * microsPerPixel, microsPerPixel, width);
  }

  /** Shows {@code from} to {@code to} with a little room on both sides. */
  public Viewport fit(long from, long to) {
    double span = Math.max(to - from, 1_000);
    double mpp = span * 1.1 / width;
    return new Viewport(from - span * 0.05, mpp, width);
  }

  /**
   * The same stretch of time on {@code newWidth} pixels: when the inspector opens beside the timeline, what was in
   * view stays in view, drawn narrower. A canvas not laid out yet (a pixel wide) keeps the scale instead.
   */
  public Viewport withWidth(double newWidth) {
    double kept = Math.max(1, newWidth);
    boolean laidOut = width > 1 && kept > 1;
    return new Viewport(start, laidOut ? microsPerPixel * width / kept : microsPerPixel, kept);
  }
}
