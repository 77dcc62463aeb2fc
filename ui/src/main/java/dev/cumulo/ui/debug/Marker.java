package dev.cumulo.ui.debug;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * How a line's breakpoint is drawn in the gutter: a dot, a dot with a bar when it has a condition or a hit count, a
 * diamond for a logpoint, a ring when disabled; and the arrow of the line a paused invocation is on.
 */
public enum Marker {
  BREAKPOINT("M6 1 A5 5 0 1 1 5.99 1 Z", "bp-enabled"),
  CONDITIONAL("M6 1 A5 5 0 1 1 5.99 1 Z M3 5 V7 H9 V5 Z", "bp-conditional"),
  LOGPOINT("M6 0.5 L11.5 6 L6 11.5 L0.5 6 Z", "bp-logpoint"),
  DISABLED("M6 1 A5 5 0 1 1 5.99 1 Z M6 3 A3 3 0 1 0 6.01 3 Z", "bp-disabled"),
  CURRENT("M0 3 H6 V0 L12 6 L6 12 V9 H0 Z", "bp-current");

  static final double SIZE = 12;

  private final String path;
  private final String styleClass;

  Marker(String path, String styleClass) {
    this.path = path;
    this.styleClass = styleClass;
  }

  public static Marker of(CodeBreakpoint breakpoint) {
    if (!breakpoint.enabled()) {
      return DISABLED;
    }
    if (breakpoint.isLogpoint()) {
      return LOGPOINT;
    }
    return breakpoint.condition().isPresent() || breakpoint.hitCount() > 1 ? CONDITIONAL : BREAKPOINT;
  }

  public String styleClass() {
    return styleClass;
  }

  Node node() {
    SVGPath shape = new SVGPath();
    shape.setContent(path + " M0 0 H0.01 V0.01 H0 Z M11.99 11.99 H12 V12 H11.99 Z");
    Region region = new Region();
    region.setShape(shape);
    region.setScaleShape(true);
    region.setMinSize(SIZE, SIZE);
    region.setPrefSize(SIZE, SIZE);
    region.setMaxSize(SIZE, SIZE);
    region.getStyleClass().addAll("bp-marker", styleClass);
    return region;
  }
}
