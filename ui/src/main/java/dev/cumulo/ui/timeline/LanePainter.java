package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.PausedSpan;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws what is inside one lane: its background (the zebra stripe and the instances' lives), then its bars. Narrow
 * bars go through {@link LaneColumns} and are painted as one rectangle per run of equal pixel columns; wide ones are
 * drawn on their own with their cold-start init, pauses, timeout mark, text and selection outline. Rectangles are
 * whole pixels and opaque where they can be: the software renderer fills those fastest.
 */
final class LanePainter {
  private static final double BAR_INSET = 4;
  private static final double BAR_HEIGHT = Row.HEIGHT - 2 * BAR_INSET;
  /** Opacity of the bars outside the selected invocation's chain. */
  private static final double DIMMED = 0.3;
  /** A generous average width of a character of the bar font, to cut text without measuring it. */
  private static final double CHAR_WIDTH = 7;

  private final GraphicsContext g;
  /** Each lane's columns, kept from frame to frame; forgotten with the lane. */
  private final Map<Lane, LaneColumns> columns = new WeakHashMap<>();

  LanePainter(GraphicsContext g) {
    this.g = g;
  }

  /** The stripe of every other row and the bands where instances lived, under everything else. */
  void drawBackground(Frame f, Lane lane, double y, int index) {
    Color row = index % 2 == 0 ? f.palette().alternateRow() : f.palette().background();
    if (index % 2 == 0) {
      g.setFill(row);
      g.fillRect(TimelineRenderer.LABEL_WIDTH, y, f.width() - TimelineRenderer.LABEL_WIDTH, Row.HEIGHT);
    }
    if (lane.isThrottles()) {
      return;
    }
    g.setFill(f.palette().lifeOn(row));
    for (Lane.Life life : lane.lives()) {
      double x0 = Math.max(TimelineRenderer.LABEL_WIDTH, f.x(life.born()));
      double x1 = Math.min(f.width(), f.x(life.alive() ? f.now() : life.died()));
      if (x1 > x0) {
        g.fillRect(x0, y + BAR_INSET + 2, x1 - x0, BAR_HEIGHT - 4);
      }
    }
  }

  void drawBars(Frame f, Lane lane, double y) {
    if (lane.isThrottles()) {
      drawThrottles(f, lane, y);
      return;
    }
    LaneColumns laneColumns = columns.computeIfAbsent(lane, l -> new LaneColumns());
    laneColumns.update(lane, f.view(), f.filter(), f.chain(), f.now());
    laneColumns.forEachRun((from, to, mark, lit) -> paintRun(f, y + BAR_INSET, from, to, mark, lit));
    g.setGlobalAlpha(1);
    for (Bar bar : laneColumns.detailed()) {
      drawBar(f, bar, y);
    }
  }

  /** Columns {@code from} to {@code to} of one mark, as one whole-pixel rectangle. */
  private void paintRun(Frame f, double top, int from, int to, LaneColumns.Mark mark, boolean lit) {
    double x0 = TimelineRenderer.LABEL_WIDTH + from;
    double x1 = TimelineRenderer.LABEL_WIDTH + to;
    g.setGlobalAlpha(lit ? 1 : DIMMED);
    g.setFill(colour(f.palette(), mark));
    g.fillRect(x0, top, x1 - x0, BAR_HEIGHT);
    if (mark == LaneColumns.Mark.TIMEOUT) {
      g.setFill(f.palette().error());
      g.fillRect(x1 - 2, top - 2, 2, BAR_HEIGHT + 4);
    }
  }

  private static Color colour(TimelinePalette palette, LaneColumns.Mark mark) {
    return switch (mark) {
      case SUCCESS -> palette.success();
      case RUNNING -> palette.running();
      case INIT -> palette.init();
      case TIMEOUT -> palette.timeout();
      case ERROR -> palette.error();
      case CRASH -> palette.crash();
    };
  }

  private static boolean dimmed(Frame f, Bar bar) {
    return !f.chain().isEmpty() && !bar.requestId().equals(f.chain().selected()) && !f.chain().links(bar.requestId())
        && !f.chain().sharesTrace(bar);
  }

  private void drawBar(Frame f, Bar bar, double y) {
    double top = y + BAR_INSET;
    double h = BAR_HEIGHT;
    double x0 = f.x(bar.start());
    double x1 = Math.max(x0 + 1.5, f.x(bar.endOr(f.now())));
    g.setGlobalAlpha(dimmed(f, bar) ? DIMMED : 1);
    if (bar.queuedAt() > 0 && f.x(bar.queuedAt()) < x0 - 2) {
      g.setStroke(f.palette().queueWait());
      g.setLineWidth(1);
      g.strokeLine(Math.max(TimelineRenderer.LABEL_WIDTH, f.x(bar.queuedAt())), y + Row.HEIGHT / 2, x0, y + Row.HEIGHT / 2);
    }
    double execStart = x0;
    if (bar.coldStart()) {
      double initEnd = Math.max(x0 + 1, Math.min(x1, f.x(bar.initEnd())));
      g.setFill(bar.invokeStart() == 0 && bar.outcome().isError() ? f.palette().error() : f.palette().init());
      g.fillRect(x0, top, initEnd - x0, h);
      g.setStroke(f.palette().background());
      g.setLineWidth(1);
      g.beginPath();
      for (double hx = x0 + 4; hx < initEnd; hx += 5) {
        g.moveTo(hx, top + h);
        g.lineTo(Math.min(hx + h / 2, initEnd), top);
      }
      g.stroke();
      execStart = initEnd;
    }
    if (x1 > execStart) {
      g.setFill(f.palette().outcome(bar.outcome()));
      g.fillRect(execStart, top, x1 - execStart, h);
    }
    drawPauses(f, bar, x0, x1, top, h);
    if (bar.outcome() == OutcomeKind.TIMEOUT) {
      g.setFill(f.palette().error());
      g.fillRect(x1 - 2, top - 2, 2, h + 4);
    }
    drawBarText(f, bar, x0, x1, y);
    if (bar.requestId().equals(f.chain().selected()) || f.chain().links(bar.requestId())) {
      g.setStroke(bar.requestId().equals(f.chain().selected()) ? f.palette().selection() : f.palette().chain());
      g.setLineWidth(2);
      g.strokeRect(x0 - 1, top - 1, x1 - x0 + 2, h + 2);
    }
    g.setGlobalAlpha(1);
  }

  /** Where a debugger held the invocation: hatched the other way from a cold start's init. */
  private void drawPauses(Frame f, Bar bar, double x0, double x1, double top, double h) {
    for (PausedSpan pause : bar.pauses()) {
      double from = Math.max(x0, f.x(pause.startMicros()));
      double to = Math.min(x1, f.x(pause.endMicros()));
      if (to - from < 2) {
        continue;
      }
      g.setFill(f.palette().background());
      g.fillRect(from, top, to - from, h);
      g.setStroke(f.palette().outcome(bar.outcome()));
      g.setLineWidth(1.5);
      g.beginPath();
      for (double hx = from; hx < to; hx += 4) {
        g.moveTo(hx, top);
        g.lineTo(Math.min(hx + h / 2, to), top + h);
      }
      g.stroke();
    }
  }

  /**
   * The bar's duration or error inside it, shortened to fit. Text is cut rather than clipped: a clip on a canvas is
   * drawn as a blend over the whole canvas, which the software renderer pays for on every bar.
   */
  private void drawBarText(Frame f, Bar bar, double x0, double x1, double y) {
    double visible0 = Math.max(x0, TimelineRenderer.LABEL_WIDTH);
    int fits = (int) ((Math.min(x1, f.width()) - visible0 - 8) / CHAR_WIDTH);
    if (fits < 5) {
      return;
    }
    String text = bar.running() ? "running" : bar.outcome().isError() && !bar.errorType().isEmpty()
        ? bar.errorType() : Durations.format((bar.end() - bar.start()) / 1000.0);
    g.setFill(Color.WHITE);
    g.setFont(TimelineRenderer.FONT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text.length() <= fits ? text : text.substring(0, fits - 1) + "…", visible0 + 4, y + Row.HEIGHT / 2);
  }

  /** Throttles as triangles, filled as one path: the software renderer pays a set-up per shape, not per triangle. */
  private void drawThrottles(Frame f, Lane lane, double y) {
    List<Bar> bars = lane.bars();
    double painted = Double.NEGATIVE_INFINITY;
    double selected = Double.NaN;
    g.beginPath();
    for (int i = lane.firstStartingAtOrAfter((long) f.view().start()); i < bars.size(); i++) {
      Bar bar = bars.get(i);
      if (bar.start() > f.view().end()) {
        break;
      }
      double x = f.x(bar.start());
      if (x < painted + 2 || !f.filter().matches(bar)) {
        continue;
      }
      g.moveTo(x - 4, y + 5);
      g.lineTo(x + 4, y + 5);
      g.lineTo(x, y + Row.HEIGHT - 5);
      g.closePath();
      if (bar.requestId().equals(f.chain().selected())) {
        selected = x;
      }
      painted = x;
    }
    g.setFill(f.palette().throttle());
    g.fill();
    if (!Double.isNaN(selected)) {
      g.setStroke(f.palette().selection());
      g.setLineWidth(2);
      g.strokeOval(selected - 7, y + 2, 14, Row.HEIGHT - 4);
    }
  }
}
