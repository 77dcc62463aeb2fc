package dev.cumulo.ui.timeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the timeline on a canvas: the time axis, the rows that are on screen and, in each lane, only the bars inside
 * the time window ({@link LanePainter}). Zoomed out, a lane's narrow bars are reduced to pixel columns that show the
 * most severe outcome among them ({@link LaneColumns}), so a frame costs at most one rectangle per run of equal
 * columns per lane however much history there is, and a failure never hides behind successes.
 *
 * <p>Backgrounds come first (row stripes, instance lives), then the grid over them, then the bars. Straight lines are
 * drawn as one-pixel rectangles: the software renderer fills a rectangle far faster than it strokes a line.
 */
public final class TimelineRenderer {
  public static final double AXIS_HEIGHT = 26;
  public static final double LABEL_WIDTH = 176;
  static final Font FONT = Font.font("System", 11);
  private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

  private final GraphicsContext g;
  private final LanePainter lanes;

  public TimelineRenderer(GraphicsContext g) {
    this.g = g;
    this.lanes = new LanePainter(g);
  }

  /** One frame. {@code hover} is the bar under the pointer, drawn with its details. */
  public void draw(TimelineViewModel model, TimelinePalette palette, double width, double height, Optional<Bar> hover) {
    Frame frame = new Frame(model, palette, width, height);
    g.setFill(palette.background());
    g.fillRect(0, 0, width, height);
    List<Row> rows = model.rows();
    if (rows.isEmpty()) {
      drawEmpty(frame);
      return;
    }
    int first = (int) Math.max(0, Math.floor(model.scrollYProperty().get() / Row.HEIGHT));
    int last = (int) Math.min(rows.size() - 1, Math.ceil((model.scrollYProperty().get() + height - AXIS_HEIGHT) / Row.HEIGHT));
    for (int i = first; i <= last; i++) {
      Row row = rows.get(i);
      if (row instanceof Row.Header) {
        g.setFill(palette.headerBackground());
        g.fillRect(LABEL_WIDTH, rowY(frame, i), width - LABEL_WIDTH, Row.HEIGHT);
      } else if (row instanceof Row.LaneRow laneRow) {
        lanes.drawBackground(frame, laneRow.lane(), rowY(frame, i), i);
      }
    }
    drawGrid(frame);
    Map<Lane, Double> laneY = new IdentityHashMap<>();
    for (int i = first; i <= last; i++) {
      if (rows.get(i) instanceof Row.LaneRow laneRow) {
        laneY.put(laneRow.lane(), rowY(frame, i));
        lanes.drawBars(frame, laneRow.lane(), rowY(frame, i));
      }
    }
    drawNow(frame);
    drawChainLinks(frame, laneY);
    drawLabels(frame, rows, first, last);
    drawAxis(frame);
    hover.ifPresent(bar -> drawHover(frame, bar, laneY));
  }

  private static double rowY(Frame f, int index) {
    return AXIS_HEIGHT + index * Row.HEIGHT - f.model().scrollYProperty().get();
  }

  private void drawEmpty(Frame f) {
    g.setFill(f.palette().mutedText());
    g.setFont(FONT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText("Nothing has run yet. Invoke a function, or press Generate traffic.", f.width() / 2, f.height() / 2);
    g.setTextAlign(TextAlignment.LEFT);
  }

  private void drawGrid(Frame f) {
    TimeTicks ticks = TimeTicks.of(f.view(), 90);
    g.setFill(f.palette().grid());
    for (long t = ticks.first(); t <= f.view().end(); t += ticks.step()) {
      double x = Math.floor(f.x(t));
      if (x >= LABEL_WIDTH) {
        g.fillRect(x, AXIS_HEIGHT, 1, f.height() - AXIS_HEIGHT);
      }
    }
  }

  private void drawNow(Frame f) {
    double x = f.x(f.now());
    if (x >= LABEL_WIDTH && x <= f.width()) {
      g.setFill(f.palette().now());
      g.fillRect(Math.floor(x), AXIS_HEIGHT, 1, f.height() - AXIS_HEIGHT);
    }
  }

  private void drawChainLinks(Frame f, Map<Lane, Double> laneY) {
    if (f.chain().isEmpty()) {
      return;
    }
    TimelineData data = f.model().data();
    Optional<Bar> selected = data.bar(f.chain().selected());
    if (selected.isEmpty()) {
      return;
    }
    g.setStroke(f.palette().chain());
    g.setFill(f.palette().chain());
    g.setLineWidth(1.5);
    data.bar(selected.get().parentRequestId()).ifPresent(parent -> drawLink(f, data, parent, selected.get(), laneY));
    for (String child : data.children(selected.get().requestId())) {
      data.bar(child).ifPresent(c -> drawLink(f, data, selected.get(), c, laneY));
    }
  }

  /** An arrow from the moment the parent sent the event to the start of the child's bar. */
  private void drawLink(Frame f, TimelineData data, Bar parent, Bar child, Map<Lane, Double> laneY) {
    Double py = data.laneOf(parent).map(laneY::get).orElse(null);
    Double cy = data.laneOf(child).map(laneY::get).orElse(null);
    if (py == null || cy == null) {
      return;
    }
    double sx = f.x(Math.max(parent.start(), Math.min(parent.endOr(f.now()), child.queuedAt())));
    double sy = py + Row.HEIGHT / 2;
    double ex = f.x(child.start());
    double ey = cy + Row.HEIGHT / 2;
    g.beginPath();
    g.moveTo(sx, sy);
    g.bezierCurveTo(sx + 30, sy, ex - 30, ey, ex, ey);
    g.stroke();
    g.fillPolygon(new double[] {ex, ex - 7, ex - 7}, new double[] {ey, ey - 4, ey + 4}, 3);
  }

  private void drawLabels(Frame f, List<Row> rows, int first, int last) {
    g.setFill(f.palette().axisBackground());
    g.fillRect(0, AXIS_HEIGHT, LABEL_WIDTH, f.height() - AXIS_HEIGHT);
    g.setTextBaseline(VPos.CENTER);
    for (int i = first; i <= last; i++) {
      double y = rowY(f, i);
      Row row = rows.get(i);
      if (row instanceof Row.Header header) {
        g.setFill(f.palette().headerBackground());
        g.fillRect(0, y, LABEL_WIDTH, Row.HEIGHT);
        g.setFill(f.palette().text());
        g.setFont(BOLD);
        g.fillText(clip(header.group().function(), 26), 8, y + Row.HEIGHT / 2);
      } else if (row instanceof Row.LaneRow laneRow) {
        g.setFill(laneRow.lane().isThrottles() ? f.palette().throttle() : f.palette().mutedText());
        g.setFont(FONT);
        g.fillText(laneRow.lane().label(), 20, y + Row.HEIGHT / 2);
      }
    }
    g.setFill(f.palette().grid());
    g.fillRect(LABEL_WIDTH - 1, AXIS_HEIGHT, 1, f.height() - AXIS_HEIGHT);
  }

  private void drawAxis(Frame f) {
    g.setFill(f.palette().axisBackground());
    g.fillRect(0, 0, f.width(), AXIS_HEIGHT);
    TimeTicks ticks = TimeTicks.of(f.view(), 90);
    g.setFont(FONT);
    g.setTextBaseline(VPos.CENTER);
    for (long t = ticks.first(); t <= f.view().end(); t += ticks.step()) {
      double x = Math.floor(f.x(t));
      if (x >= LABEL_WIDTH) {
        g.setFill(f.palette().grid());
        g.fillRect(x, AXIS_HEIGHT - 6, 1, 6);
        g.setFill(f.palette().mutedText());
        g.fillText(ticks.label(t), x + 3.5, AXIS_HEIGHT / 2);
      }
    }
    g.setFill(f.palette().text());
    g.setFont(BOLD);
    g.fillText(f.model().followingProperty().get() ? "● live" : "paused view", 8, AXIS_HEIGHT / 2);
    g.setFill(f.palette().grid());
    g.fillRect(0, AXIS_HEIGHT - 1, f.width(), 1);
  }

  private void drawHover(Frame f, Bar bar, Map<Lane, Double> laneY) {
    Double y = f.model().data().laneOf(bar).map(laneY::get).orElse(null);
    if (y == null) {
      return;
    }
    String text = BarDescription.of(bar, f.now());
    double x = Math.min(Math.max(LABEL_WIDTH + 4, f.x(bar.start())), f.width() - 330);
    double top = y + Row.HEIGHT + 2 > f.height() - 40 ? y - 40 : y + Row.HEIGHT + 2;
    g.setFill(f.palette().axisBackground());
    g.setStroke(f.palette().grid());
    g.fillRect(x, top, 326, 36);
    g.strokeRect(x + 0.5, top + 0.5, 325, 35);
    g.setFill(f.palette().text());
    g.setFont(FONT);
    g.setTextBaseline(VPos.TOP);
    g.fillText(text, x + 6, top + 4);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
