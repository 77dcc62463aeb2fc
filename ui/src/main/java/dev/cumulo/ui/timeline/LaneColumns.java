package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One lane's narrow bars reduced to the pixel columns of the bars area: each column holds the most severe thing drawn
 * there ({@link Mark}), and equal neighbours make one {@link Run}. Zoomed out over thousands of invocations a lane then
 * costs a rectangle per run, and a failure among successes always shows in its own colour, never hidden behind them.
 * Bars wide enough to be told apart, or that carry more than a colour (a selection outline, a queue wait), are handed
 * back to be drawn on their own.
 *
 * <p>Where many bars end in one column, the walk jumps over them by binary search; the failures and cold starts among
 * the bars jumped over are then marked from the lane's {@link Lane#notable()} list, so the jump loses nothing severe.
 * One instance is reused lane after lane, frame after frame; UI thread only.
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

  private static final Mark[] MARKS = Mark.values();

  /** Columns {@code from} (inclusive) to {@code to} (exclusive) showing one mark; {@code lit} is false when dimmed. */
  record Run(int from, int to, Mark mark, boolean lit) {}

  /** Bars at least this many pixels wide are drawn on their own, with their text. */
  static final double MAX_WIDTH = 3;
  /** A queue wait longer than this many pixels is drawn as a line before the bar, which is then drawn on its own. */
  private static final double QUEUE_WAIT_SHOWN = 2;
  /** The walk jumps when at least this many more bars end in the column it just marked. */
  private static final int CROWD = 4;

  private byte[] columns = new byte[0];
  private int width;

  /**
   * Marks the columns of the lane's bars that the frame shows, and adds to {@code detailed} the ones to draw on their
   * own.
   */
  void build(Lane lane, Viewport view, BarFilter filter, CauseChain chain, long now, List<Bar> detailed) {
    reset((int) Math.ceil(view.width()));
    BarList bars = lane.barList();
    boolean everything = filter.isAll();
    boolean mayJump = everything && chain.isEmpty();
    boolean jumped = false;
    double wide = MAX_WIDTH * view.microsPerPixel();
    double right = view.end();
    int i = bars.firstEndingAtOrAfter((long) view.start(), now);
    while (i < bars.size() && bars.start(i) <= right) {
      int next = i + 1;
      if (everything || filter.matches(bars.get(i))) {
        if (bars.endOr(i, now) - bars.start(i) >= wide || waitShows(view, bars, i) || inChain(chain, bars.get(i))) {
          detailed.add(bars.get(i));
        } else {
          int column = mark(view, bars, i, now, chain.isEmpty() || chain.sharesTrace(bars.get(i)));
          if (mayJump) {
            int after = pastCrowd(bars, next, view.time(column + 1), now);
            jumped |= after > next;
            next = after;
          }
        }
      }
      i = next;
    }
    if (jumped) {
      markNotable(lane.notableList(), view, now);
    }
  }

  /** The runs of equal columns, left to right, leaving out empty ones. */
  List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    int c = 0;
    while (c < width) {
      byte code = columns[c];
      int from = c;
      while (c < width && columns[c] == code) {
        c++;
      }
      if (code != 0) {
        runs.add(new Run(from, c, MARKS[code / 2 - 1], (code & 1) == 1));
      }
    }
    return runs;
  }

  private void reset(int newWidth) {
    width = Math.max(0, newWidth);
    if (columns.length < width) {
      columns = new byte[width];
    }
    Arrays.fill(columns, 0, width, (byte) 0);
  }

  /** Whether the bar waited in a queue long enough for the wait to show as a line before it. */
  private static boolean waitShows(Viewport view, BarList bars, int i) {
    long queuedAt = bars.queuedAt(i);
    return queuedAt > 0 && bars.start(i) - queuedAt > QUEUE_WAIT_SHOWN * view.microsPerPixel();
  }

  /** Whether the bar is selected or linked to the selection: it is drawn with an outline. */
  private static boolean inChain(CauseChain chain, Bar bar) {
    return !chain.isEmpty() && (bar.requestId().equals(chain.selected()) || chain.links(bar.requestId()));
  }

  /** Marks a bar's columns: a cold start's init, then its execution. Returns the last column marked. */
  private int mark(Viewport view, BarList bars, int i, long now, boolean lit) {
    double x0 = view.x(bars.start(i));
    double x1 = view.x(bars.endOr(i, now));
    Mark outcome = Mark.of(bars.outcome(i));
    if (bars.initEnd(i) == 0) {
      return fill(x0, x1, outcome, lit);
    }
    double initEnd = Math.min(x1, view.x(bars.initEnd(i)));
    int last = fill(x0, initEnd, bars.initFailed(i) ? outcome : Mark.INIT, lit);
    return x1 > initEnd ? fill(initEnd, x1, outcome, lit) : last;
  }

  /** Raises the columns from {@code x0} to {@code x1} (at least one) to {@code mark}; returns the last one. */
  private int fill(double x0, double x1, Mark mark, boolean lit) {
    int first = (int) Math.floor(x0);
    int last = Math.max(first, (int) Math.ceil(x1) - 1);
    int to = Math.min(width, last + 1);
    byte code = (byte) ((mark.ordinal() + 1) * 2 + (lit ? 1 : 0));
    for (int c = Math.max(0, first); c < to; c++) {
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
  private static int pastCrowd(BarList bars, int next, double columnEnd, long now) {
    int peek = next + CROWD - 1;
    if (peek >= bars.size() || bars.endOr(peek, now) >= columnEnd) {
      return next;
    }
    return Math.max(next, bars.firstStartingAtOrAfter((long) Math.ceil(columnEnd)) - 1);
  }

  /** Marks the narrow failures and cold starts in view, some of which a jump went past. */
  private void markNotable(BarList notable, Viewport view, long now) {
    double right = view.end();
    for (int i = notable.firstEndingAtOrAfter((long) view.start(), now); i < notable.size() && notable.start(i) <= right; i++) {
      if (view.x(notable.endOr(i, now)) - view.x(notable.start(i)) < MAX_WIDTH) {
        mark(view, notable, i, now, true);
      }
    }
  }
}
