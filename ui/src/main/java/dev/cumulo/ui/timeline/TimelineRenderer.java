package dev.cumulo.ui.timeline;

import dev.cumulo.recorder.PausedSpan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws the timeline on a canvas: the time axis, the rows that are on screen and, in each lane, only the bars inside
 * the time window. Where many bars fall on the same pixel (zoomed out over thousands of invocations) it jumps over them
 * by binary search, and draws touching narrow bars of one colour as one rectangle ({@link BarRun}), so a frame costs
 * at most one rectangle per pixel column per lane however much history there is;
 * failures are drawn in a second pass from their own list so that they never hide behind successes.
 */
public final class TimelineRenderer {
  public static final double AXIS_HEIGHT = 26;
  public static final double LABEL_WIDTH = 176;
  private static final double BAR_INSET = 4;
  /** Opacity of the bars outside the selected invocation's chain. */
  private static final double DIMMED = 0.3;
  private static final Font FONT = Font.font("System", 11);
  /** A generous average width of a character of {@link #FONT}, to cut text without measuring it. */
  private static final double CHAR_WIDTH = 7;
  private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

  private final GraphicsContext g;

  public TimelineRenderer(GraphicsContext g) {
    this.g = g;
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
    drawGrid(frame);
    int first = (int) Math.max(0, Math.floor(model.scrollYProperty().get() / Row.HEIGHT));
    int last = (int) Math.min(rows.size() - 1, Math.ceil((model.scrollYProperty().get() + height - AXIS_HEIGHT) / Row.HEIGHT));
    Map<Lane, Double> laneY = new IdentityHashMap<>();
    for (int i = first; i <= last; i++) {
      double y = AXIS_HEIGHT + i * Row.HEIGHT - model.scrollYProperty().get();
      Row row = rows.get(i);
      if (row instanceof Row.Header header) {
        drawHeaderBand(frame, y);
      } else if (row instanceof Row.LaneRow laneRow) {
        laneY.put(laneRow.lane(), y);
        drawLane(frame, laneRow.lane(), y, i);
      }
    }
    drawNow(frame);
    drawChainLinks(frame, laneY);
    drawLabels(frame, rows, first, last);
    drawAxis(frame);
    hover.ifPresent(bar -> drawHover(frame, bar, laneY));
  }

  /** What one frame needs, computed once. */
  private record Frame(TimelineViewModel model, TimelinePalette palette, double width, double height, Viewport view,
      BarFilter filter, CauseChain chain, long now) {
    Frame(TimelineViewModel model, TimelinePalette palette, double width, double height) {
      this(model, palette, width, height, model.viewportProperty().get(), model.filterProperty().get(),
          model.chainProperty().get(), model.now());
    }

    double x(double time) {
      return LABEL_WIDTH + view.x(time);
    }
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
    g.setStroke(f.palette().grid());
    g.setLineWidth(1);
    for (long t = ticks.first(); t <= f.view().end(); t += ticks.step()) {
      double x = Math.floor(f.x(t)) + 0.5;
      if (x >= LABEL_WIDTH) {
        g.strokeLine(x, AXIS_HEIGHT, x, f.height());
      }
    }
  }

  private void drawHeaderBand(Frame f, double y) {
    g.setFill(f.palette().headerBackground());
    g.fillRect(LABEL_WIDTH, y, f.width() - LABEL_WIDTH, Row.HEIGHT);
  }

  private void drawLane(Frame f, Lane lane, double y, int index) {
    if (index % 2 == 0) {
      g.setFill(f.palette().alternateRow());
      g.fillRect(LABEL_WIDTH, y, f.width() - LABEL_WIDTH, Row.HEIGHT);
    }
    if (lane.isThrottles()) {
      drawThrottles(f, lane, y);
      return;
    }
    drawLives(f, lane, y);
    drawBars(f, lane.bars(), y, true);
    drawBars(f, lane.notable(), y, false);
  }

  private void drawLives(Frame f, Lane lane, double y) {
    g.setFill(f.palette().life());
    for (Lane.Life life : lane.lives()) {
      double x0 = Math.max(LABEL_WIDTH, f.x(life.born()));
      double x1 = Math.min(f.width(), f.x(life.alive() ? f.now() : life.died()));
      if (x1 > x0) {
        g.fillRect(x0, y + BAR_INSET + 2, x1 - x0, Row.HEIGHT - 2 * BAR_INSET - 4);
      }
    }
  }

  /**
   * Draws the bars of {@code list} inside the window. With {@code collapse}, a bar narrower than a pixel that lands on
   * an already painted pixel is skipped together with every bar up to the next free pixel.
   */
  private void drawBars(Frame f, List<Bar> list, double y, boolean collapse) {
    long from = (long) f.view().start();
    double right = f.view().end();
    boolean everything = f.filter().isAll();
    double painted = Double.NEGATIVE_INFINITY;
    double barHeight = Row.HEIGHT - 2 * BAR_INSET;
    BarRun run = new BarRun(g);
    int i = Lane.firstEndingAtOrAfter(list, from, f.now());
    while (i < list.size()) {
      Bar bar = list.get(i);
      if (bar.start() > right) {
        break;
      }
      if (!everything && !f.filter().matches(bar)) {
        i++;
        continue;
      }
      double x0 = f.x(bar.start());
      double x1 = f.x(bar.endOr(f.now()));
      if (collapse && everything && x1 < painted + 1) {
        i = Math.max(i + 1, Lane.firstStartingAtOrAfter(list, (long) Math.ceil(f.view().time(painted + 1 - LABEL_WIDTH))));
        continue;
      }
      if (x1 - x0 < BarRun.MAX_WIDTH && plain(f, bar)) {
        run.add(x0, x1, f.palette().outcome(bar.outcome()), dimmed(f, bar) ? DIMMED : 1, y + BAR_INSET, barHeight);
      } else {
        run.flush(y + BAR_INSET, barHeight);
        drawBar(f, bar, y);
      }
      painted = Math.max(painted, Math.max(x1, x0 + 1));
      i++;
    }
    run.flush(y + BAR_INSET, barHeight);
  }

  /** A bar drawn as a plain rectangle of its outcome's colour: no init part, no marks, no outline. */
  private static boolean plain(Frame f, Bar bar) {
    return !bar.coldStart() && bar.outcome() != dev.cumulo.functions.model.OutcomeKind.TIMEOUT
        && !bar.requestId().equals(f.chain().selected()) && !f.chain().links(bar.requestId())
        && (bar.queuedAt() <= 0 || f.x(bar.queuedAt()) >= f.x(bar.start()) - 2);
  }

  private static boolean dimmed(Frame f, Bar bar) {
    return !f.chain().isEmpty() && !bar.requestId().equals(f.chain().selected()) && !f.chain().links(bar.requestId())
        && !f.chain().sharesTrace(bar);
  }

  private void drawBar(Frame f, Bar bar, double y) {
    double top = y + BAR_INSET;
    double h = Row.HEIGHT - 2 * BAR_INSET;
    double x0 = f.x(bar.start());
    double x1 = Math.max(x0 + 1.5, f.x(bar.endOr(f.now())));
    g.setGlobalAlpha(dimmed(f, bar) ? DIMMED : 1);
    if (bar.queuedAt() > 0 && f.x(bar.queuedAt()) < x0 - 2) {
      g.setStroke(f.palette().queueWait());
      g.setLineWidth(1);
      g.strokeLine(Math.max(LABEL_WIDTH, f.x(bar.queuedAt())), y + Row.HEIGHT / 2, x0, y + Row.HEIGHT / 2);
    }
    double execStart = x0;
    if (bar.coldStart()) {
      double initEnd = Math.max(x0 + 1, Math.min(x1, f.x(bar.initEnd())));
      g.setFill(bar.invokeStart() == 0 && bar.outcome().isError() ? f.palette().error() : f.palette().init());
      g.fillRect(x0, top, initEnd - x0, h);
      g.setStroke(f.palette().background());
      g.setLineWidth(1);
      for (double hx = x0 + 4; hx < initEnd; hx += 5) {
        g.strokeLine(hx, top + h, Math.min(hx + h / 2, initEnd), top);
      }
      execStart = initEnd;
    }
    if (x1 > execStart) {
      g.setFill(f.palette().outcome(bar.outcome()));
      g.fillRect(execStart, top, x1 - execStart, h);
    }
    drawPauses(f, bar, x0, x1, top, h);
    if (bar.outcome() == dev.cumulo.functions.model.OutcomeKind.TIMEOUT) {
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
      for (double hx = from; hx < to; hx += 4) {
        g.strokeLine(hx, top, Math.min(hx + h / 2, to), top + h);
      }
    }
  }

  /**
   * The bar's duration or error inside it, shortened to fit. Text is cut rather than clipped: a clip on a canvas is
   * drawn as a blend over the whole canvas, which the software renderer pays for on every bar.
   */
  private void drawBarText(Frame f, Bar bar, double x0, double x1, double y) {
    double visible0 = Math.max(x0, LABEL_WIDTH);
    int fits = (int) ((Math.min(x1, f.width()) - visible0 - 8) / CHAR_WIDTH);
    if (fits < 5) {
      return;
    }
    String text = bar.running() ? "running" : bar.outcome().isError() && !bar.errorType().isEmpty()
        ? bar.errorType() : Durations.format((bar.end() - bar.start()) / 1000.0);
    g.setFill(Color.WHITE);
    g.setFont(FONT);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text.length() <= fits ? text : text.substring(0, fits - 1) + "…", visible0 + 4, y + Row.HEIGHT / 2);
  }

  private void drawThrottles(Frame f, Lane lane, double y) {
    List<Bar> bars = lane.bars();
    double painted = Double.NEGATIVE_INFINITY;
    for (int i = Lane.firstStartingAtOrAfter(bars, (long) f.view().start()); i < bars.size(); i++) {
      Bar bar = bars.get(i);
      if (bar.start() > f.view().end()) {
        break;
      }
      double x = f.x(bar.start());
      if (x < painted + 2 || !f.filter().matches(bar)) {
        continue;
      }
      g.setFill(f.palette().throttle());
      g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {y + 5, y + 5, y + Row.HEIGHT - 5}, 3);
      if (bar.requestId().equals(f.chain().selected())) {
        g.setStroke(f.palette().selection());
        g.setLineWidth(2);
        g.strokeOval(x - 7, y + 2, 14, Row.HEIGHT - 4);
      }
      painted = x;
    }
  }

  private void drawNow(Frame f) {
    double x = f.x(f.now());
    if (x >= LABEL_WIDTH && x <= f.width()) {
      g.setStroke(f.palette().now());
      g.setLineWidth(1);
      g.strokeLine(Math.floor(x) + 0.5, AXIS_HEIGHT, Math.floor(x) + 0.5, f.height());
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
      double y = AXIS_HEIGHT + i * Row.HEIGHT - f.model().scrollYProperty().get();
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
    g.setStroke(f.palette().grid());
    g.setLineWidth(1);
    g.strokeLine(LABEL_WIDTH - 0.5, AXIS_HEIGHT, LABEL_WIDTH - 0.5, f.height());
  }

  private void drawAxis(Frame f) {
    g.setFill(f.palette().axisBackground());
    g.fillRect(0, 0, f.width(), AXIS_HEIGHT);
    TimeTicks ticks = TimeTicks.of(f.view(), 90);
    g.setFill(f.palette().mutedText());
    g.setStroke(f.palette().grid());
    g.setFont(FONT);
    g.setTextBaseline(VPos.CENTER);
    for (long t = ticks.first(); t <= f.view().end(); t += ticks.step()) {
      double x = Math.floor(f.x(t)) + 0.5;
      if (x >= LABEL_WIDTH) {
        g.strokeLine(x, AXIS_HEIGHT - 6, x, AXIS_HEIGHT);
        g.fillText(ticks.label(t), x + 3, AXIS_HEIGHT / 2);
      }
    }
    g.setFill(f.palette().text());
    g.setFont(BOLD);
    g.fillText(f.model().followingProperty().get() ? "● live" : "paused view", 8, AXIS_HEIGHT / 2);
    g.strokeLine(0, AXIS_HEIGHT - 0.5, f.width(), AXIS_HEIGHT - 0.5);
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
