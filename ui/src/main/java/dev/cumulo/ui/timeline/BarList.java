package dev.cumulo.ui.timeline;

import dev.cumulo.functions.model.OutcomeKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Bars sorted by start, kept both as objects and as parallel arrays of what drawing reads (start, end, init end, queue
 * time, outcome). Zoomed out, a frame walks tens of thousands of bars; reading them from arrays in order is many times
 * faster than visiting one object per bar scattered over the heap.
 */
final class BarList {
  private static final OutcomeKind[] OUTCOMES = OutcomeKind.values();
  /** Set in {@link #outcomes} when the init failed, so the function never got the event. */
  private static final int INIT_FAILED = 0x40;

  private final List<Bar> bars = new ArrayList<>();
  private long[] starts = new long[16];
  private long[] ends = new long[16];
  private long[] initEnds = new long[16];
  private long[] queuedAts = new long[16];
  private byte[] outcomes = new byte[16];
  private int modifications;
  private int running;

  /** The bars, read-only. */
  List<Bar> asList() {
    return Collections.unmodifiableList(bars);
  }

  int size() {
    return bars.size();
  }

  /** Changes with every insertion, replacement and removal. */
  int modifications() {
    return modifications;
  }

  /** Whether a bar still runs: it grows with the clock. */
  boolean anyRunning() {
    return running > 0;
  }

  Bar get(int index) {
    return bars.get(index);
  }

  long start(int index) {
    return starts[index];
  }

  /** The end to draw: {@code now} while the bar runs. */
  long endOr(int index, long now) {
    long end = ends[index];
    return end == 0 ? Math.max(starts[index], now) : end;
  }

  /** End of the cold-start init, 0 for a warm start. */
  long initEnd(int index) {
    return initEnds[index];
  }

  long queuedAt(int index) {
    return queuedAts[index];
  }

  OutcomeKind outcome(int index) {
    return OUTCOMES[outcomes[index] & ~INIT_FAILED];
  }

  /** Whether the init failed, so that the whole bar is the init, drawn in the failure's colour. */
  boolean initFailed(int index) {
    return (outcomes[index] & INIT_FAILED) != 0;
  }

  /** Adds {@code bar} after the bars that start before or with it. */
  void insert(Bar bar) {
    int index = firstStartingAtOrAfter(bar.start() + 1);
    int size = bars.size();
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      initEnds = Arrays.copyOf(initEnds, capacity);
      queuedAts = Arrays.copyOf(queuedAts, capacity);
      outcomes = Arrays.copyOf(outcomes, capacity);
    }
    shift(index + 1, index, size - index);
    bars.add(index, bar);
    write(index, bar);
    modifications++;
  }

  /** Replaces {@code old} by {@code replacement} where it is if both start together, else removes it. */
  void replaceOrRemove(Bar old, Bar replacement) {
    int at = indexOf(old);
    if (at < 0) {
      return;
    }
    running -= ends[at] == 0 ? 1 : 0;
    if (replacement != null && replacement.start() == old.start()) {
      bars.set(at, replacement);
      write(at, replacement);
    } else {
      shift(at, at + 1, bars.size() - at - 1);
      bars.remove(at);
    }
    modifications++;
  }

  /** Index of the first bar that is still running or ends at or after {@code time}. */
  int firstEndingAtOrAfter(long time, long now) {
    int lo = 0;
    int hi = bars.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (endOr(mid, now) < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first bar that starts at or after {@code time}. */
  int firstStartingAtOrAfter(long time) {
    int lo = 0;
    int hi = bars.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int indexOf(Bar bar) {
    for (int i = firstStartingAtOrAfter(bar.start()); i < bars.size() && starts[i] == bar.start(); i++) {
      if (bars.get(i).key().equals(bar.key())) {
        return i;
      }
    }
    return -1;
  }

  private void shift(int to, int from, int count) {
    System.arraycopy(starts, from, starts, to, count);
    System.arraycopy(ends, from, ends, to, count);
    System.arraycopy(initEnds, from, initEnds, to, count);
    System.arraycopy(queuedAts, from, queuedAts, to, count);
    System.arraycopy(outcomes, from, outcomes, to, count);
  }

  private void write(int index, Bar bar) {
    starts[index] = bar.start();
    ends[index] = bar.end();
    running += bar.running() ? 1 : 0;
    initEnds[index] = bar.initEnd();
    queuedAts[index] = bar.queuedAt();
    boolean initFailed = bar.coldStart() && bar.invokeStart() == 0 && bar.outcome().isError();
    outcomes[index] = (byte) (bar.outcome().ordinal() | (initFailed ? INIT_FAILED : 0));
  }
}
