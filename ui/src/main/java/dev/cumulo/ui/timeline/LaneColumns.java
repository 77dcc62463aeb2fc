package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lane's narrow bars reduced to the pixel columns of the bars area: each column holds the most severe thing drawn
 * there ({@link Mark}), and equal neighbours make one run. Zoomed out over thousands of invocations a lane then
 * costs a rectangle per run, and a failure among successes always shows in its own colour, never hidden behind them.
 * Bars wide enough to be told apart, or that carry more than a colour (a selection outline, a queue wait), are kept
 * apart to be drawn on their own ({@link #detailed()}).
 *
 * <p>Where many bars end in one column, the walk jumps over them by binary search; the failures and cold starts among
 * the bars jumped over are then marked from the lane's {@link Lane#notable()} list, so the jump loses nothing severe.
 *
 * <p>The columns are kept from frame to frame: when the view only moved by whole pixels (panning), they are shifted
 * and only the newly shown columns are walked. Anything else (another scale, filter, selection or width, a changed
 * lane, a running bar and a moved clock) walks the whole view again. One instance per lane, which it does not hold
 * (so that a cache keyed by lanes can let them go); UI thread only.
 */
final class LaneColumns {
  /** What a column shows, least severe first: where bars meet in a column, the most severe one wins. */
  enum Mark {
    SUCCESS, RUNNING, INIT, TIMEOUT, ERROR, CRASH;

    static Mark of(OutcomeKind outcome) {
      return switch (outcome) {
        case SUCCESS -> SUCCESS;
        case PENDING -> RUNNING;
        case TIMEOUT -> TIMEOUT;
        case CRASH -> CRASH;
        case FUNCTION_ERROR, INIT_ERROR, THROTTLED -> ERROR;
      };
    }
  }

  /** Takes the runs of equal columns, left to right. */
  @FunctionalInterface
  interface RunSink {
    /** Columns {@code from} (inclusive) to {@code to} (exclusive) show {@code mark}; {@code lit} is false when dimmed. */
    void run(int from, int to, Mark mark, boolean lit);
  }

  /** Bars at least this many pixels wide are drawn on their own, with their text. */
  static final double MAX_WIDTH = 3;
  /** A queue wait longer than this many pixels is drawn as a line before the bar, which is then drawn on its own. */
  private static final double QUEUE_WAIT_SHOWN = 2;
  /** The walk jumps when at least this many more bars end in the column it just marked. */
  private static final int CROWD = 4;
  /** A pan within this fraction of a pixel of a whole number of pixels keeps the columns, shifted. */
  private static final double WHOLE_PIXELS = 1e-3;
  private static final Mark[] MARKS = Mark.values();

  private final List<Bar> detailed = new ArrayList<>();
  private byte[] columns = new byte[0];
  private int width;
  /** Column {@code j} on screen covers the time from {@code origin + (offset + j) * microsPerPixel}. */
  private double origin;
  private long offset;
  private double microsPerPixel;
  private int version = -1;
  private BarFilter filter;
  private CauseChain chain;
  private long now;
  /** Bounds of the walk under way, in columns on screen: marks outside them are left alone. */
  private int walkFrom;
  private int walkTo;

  /** Brings the columns up to date with what the frame shows of {@code lane}. */
  void update(Lane lane, Viewport view, BarFilter shown, CauseChain selection, long clock) {
    int newWidth = (int) Math.ceil(view.width());
    double pixels = (view.start() - origin) / view.microsPerPixel() - offset;
    long shift = Math.round(pixels);
    boolean kept = newWidth == width && view.microsPerPixel() == microsPerPixel && lane.version() == version
        && shown == filter && selection == chain && (clock == now || !lane.barList().anyRunning())
        && Math.abs(pixels - shift) < WHOLE_PIXELS && Math.abs(shift) < width;
    if (!kept) {
      rebuild(lane, view, newWidth, shown, selection, clock);
    } else if (shift != 0) {
      shift(lane, (int) shift);
    }
  }

  /** Hands the runs of equal columns to {@code sink}, left to right, leaving out empty ones. */
  void forEachRun(RunSink sink) {
    int c = 0;
    while (c < width) {
      byte code = columns[c];
      int from = c;
      while (c < width && columns[c] == code) {
        c++;
      }
      if (code != 0) {
        sink.run(from, c, MARKS[code / 2 - 1], (code & 1) == 1);
      }
    }
  }

  /** The bars in view to draw on their own, in no particular order. */
  List<Bar> detailed() {
    return detailed;
  }

  private void rebuild(Lane lane, Viewport view, int newWidth, BarFilter shown, CauseChain selection, long clock) {
    width = newWidth;
    if (columns.length < width) {
      columns = new byte[width];
    }
    Arrays.fill(columns, 0, width, (byte) 0);
    origin = view.start();
    offset = 0;
    microsPerPixel = view.microsPerPixel();
    version = lane.version();
    filter = shown;
    chain = selection;
    now = clock;
    detailed.clear();
    walk(lane, 0, width, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Moves the columns by {@code by} pixels (positive shows later times) and walks the ones that come into view. The
   * detailed bars found there are added unless they already showed: those that reach into the old view.
   */
  private void shift(Lane lane, int by) {
    double oldStart = Math.floor(time(0));
    double oldEnd = time(width);
    offset += by;
    if (by > 0) {
      System.arraycopy(columns, by, columns, 0, width - by);
      Arrays.fill(columns, width - by, width, (byte) 0);
      walk(lane, width - by, width, oldEnd, Double.POSITIVE_INFINITY);
    } else {
      System.arraycopy(columns, 0, columns, -by, width + by);
      Arrays.fill(columns, 0, -by, (byte) 0);
      walk(lane, 0, -by, Double.NEGATIVE_INFINITY, oldStart);
    }
    double start = Math.floor(time(0));
    double end = time(width);
    detailed.removeIf(bar -> bar.endOr(now) < start || bar.start() >= end);
  }

  /** The time at the left edge of column {@code j} on screen. */
  private double time(double j) {
    return origin + (offset + j) * microsPerPixel;
  }

  private double x(long time) {
    return (time - origin) / microsPerPixel - offset;
  }

  /**
   * Marks columns {@code from} to {@code to} from the bars shown there (those that end at or after the whole
   * microsecond at the left edge and start before the right edge), and adds to the detailed bars those that start at
   * or after {@code newStart} and end before {@code newEnd}: the others are known from an earlier walk.
   */
  private void walk(Lane lane, int from, int to, double newStart, double newEnd) {
    walkFrom = from;
    walkTo = to;
    BarList bars = lane.barList();
    boolean everything = filter.isAll();
    boolean mayJump = everything && chain.isEmpty();
    boolean jumped = false;
    double wide = MAX_WIDTH * microsPerPixel;
    double right = time(to);
    long left = (long) Math.floor(time(from));
    int i = bars.firstEndingAtOrAfter(left, now);
    while (i < bars.size() && bars.start(i) < right) {
      int next = i + 1;
      if (everything || filter.matches(bars.get(i))) {
        if (bars.endOr(i, now) - bars.start(i) >= wide || waitShows(bars, i) || inChain(bars.get(i))) {
          if (bars.start(i) >= newStart && bars.endOr(i, now) < newEnd) {
            detailed.add(bars.get(i));
          }
        } else {
          int column = mark(bars, i, chain.isEmpty() || chain.sharesTrace(bars.get(i)));
          if (mayJump) {
            int after = pastCrowd(bars, next, time(column + 1));
            jumped |= after > next;
            next = after;
          }
        }
      }
      i = next;
    }
    if (jumped) {
      markNotable(lane.notableList(), left, right);
    }
  }

  /** Whether the bar waited in a queue long enough for the wait to show as a line before it. */
  private boolean waitShows(BarList bars, int i) {
    long queuedAt = bars.queuedAt(i);
    return queuedAt > 0 && bars.start(i) - queuedAt > QUEUE_WAIT_SHOWN * microsPerPixel;
  }

  /** Whether the bar is selected or linked to the selection: it is drawn with an outline. */
  private boolean inChain(Bar bar) {
    return !chain.isEmpty() && (bar.requestId().equals(chain.selected()) || chain.links(bar.requestId()));
  }

  /** Marks a bar's columns: a cold start's init, then its execution. Returns the last column marked. */
  private int mark(BarList bars, int i, boolean lit) {
    double x0 = x(bars.start(i));
    double x1 = x(bars.endOr(i, now));
    Mark outcome = Mark.of(bars.outcome(i));
    if (bars.initEnd(i) == 0) {
      return fill(x0, x1, outcome, lit);
    }
    double initEnd = Math.min(x1, x(bars.initEnd(i)));
    int last = fill(x0, initEnd, bars.initFailed(i) ? outcome : Mark.INIT, lit);
    return x1 > initEnd ? fill(initEnd, x1, outcome, lit) : last;
  }

  /** Raises the columns from {@code x0} to {@code x1} (at least one) to {@code mark}; returns the last one. */
  private int fill(double x0, double x1, Mark mark, boolean lit) {
    int first = (int) Math.floor(x0);
    int last = Math.max(first, (int) Math.ceil(x1) - 1);
    int to = Math.min(walkTo, last + 1);
    byte code = (byte) ((mark.ordinal() + 1) * 2 + (lit ? 1 : 0));
    for (int c = Math.max(walkFrom, first); c < to; c++) {
      if (columns[c] < code) {
        columns[c] = code;
      }
    }
    return last;
  }

  /**
   * Where to go on after a bar whose last column ends at {@code columnEnd} (a time): past the bars that lie wholly in
   * that column when there are many, up to the last one that starts in it (it may reach further); else {@code next}.
   * Bars in a lane do not overlap, so the ones jumped over start after the marked bar and end before that last one.
   */
  private int pastCrowd(BarList bars, int next, double columnEnd) {
    int peek = next + CROWD - 1;
    if (peek >= bars.size() || bars.endOr(peek, now) >= columnEnd) {
      return next;
    }
    return Math.max(next, bars.firstStartingAtOrAfter((long) Math.ceil(columnEnd)) - 1);
  }

  /** Marks the narrow failures and cold starts between two times, some of which a jump went past. */
  private void markNotable(BarList notable, long from, double to) {
    double wide = MAX_WIDTH * microsPerPixel;
    for (int i = notable.firstEndingAtOrAfter(from, now); i < notable.size() && notable.start(i) < to; i++) {
      if (notable.endOr(i, now) - notable.start(i) < wide) {
        mark(notable, i, true);
      }
    }
  }
}
