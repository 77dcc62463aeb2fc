package dev.cumulo.ui.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the timeline: an instance of a function, or after it died, the next instance that started later (so a
 * long session does not grow a row per instance ever started). Bars in a lane never overlap, because an instance runs
 * one invocation at a time; they are kept sorted by start, so both start and end increase along the list and the
 * visible ones are found by binary search. The throttle lane of a function holds points instead.
 */
public final class Lane {
  /** An instance's stay in a lane: from its start to its end (0 while alive). */
  public record Life(String instanceId, long born, long died) {
    boolean alive() {
      return died == 0;
    }
  }

  private final String function;
  private final boolean throttles;
  private final int ordinal;
  private final List<Bar> bars = new ArrayList<>();
  private final List<Bar> notable = new ArrayList<>();
  private final List<Life> lives = new ArrayList<>();

  Lane(String function, boolean throttles, int ordinal) {
    this.function = function;
    this.throttles = throttles;
    this.ordinal = ordinal;
  }

  public String function() {
    return function;
  }

  public boolean isThrottles() {
    return throttles;
  }

  /** 1-based position of this lane among its function's instance lanes. */
  public int ordinal() {
    return ordinal;
  }

  public List<Bar> bars() {
    return Collections.unmodifiableList(bars);
  }

  /**
   * The failed and throttled bars, kept apart so that they are drawn even when thousands of bars share a pixel when
   * zoomed out.
   */
  public List<Bar> notable() {
    return Collections.unmodifiableList(notable);
  }

  public List<Life> lives() {
    return Collections.unmodifiableList(lives);
  }

  /** Whether an instance born at {@code born} can move in: the last one has died by then. */
  boolean freeAt(long born) {
    if (lives.isEmpty()) {
      return true;
    }
    Life last = lives.get(lives.size() - 1);
    return !last.alive() && last.died() <= born;
  }

  void moveIn(String instanceId, long born) {
    lives.add(new Life(instanceId, born, 0));
  }

  boolean holds(String instanceId) {
    for (int i = lives.size() - 1; i >= 0; i--) {
      if (lives.get(i).instanceId().equals(instanceId)) {
        return true;
      }
    }
    return false;
  }

  void died(String instanceId, long at) {
    for (int i = lives.size() - 1; i >= 0; i--) {
      Life life = lives.get(i);
      if (life.instanceId().equals(instanceId)) {
        lives.set(i, new Life(instanceId, life.born(), Math.max(at, life.born())));
        return;
      }
    }
  }

  /** Puts {@code bar} in place of {@code previous} (the same attempt in an earlier phase), or as a new bar. */
  void put(Bar bar, Bar previous) {
    if (previous != null) {
      replaceOrRemove(bars, previous, bar);
      if (isNotable(previous)) {
        replaceOrRemove(notable, previous, null);
      }
    }
    if (previous == null || previous.start() != bar.start()) {
      insert(bars, bar);
    }
    if (isNotable(bar)) {
      insert(notable, bar);
    }
  }

  private static boolean isNotable(Bar bar) {
    return bar.outcome().isError();
  }

  /** Replaces {@code old} by {@code replacement} where it is if both start together, else removes it. */
  private static void replaceOrRemove(List<Bar> list, Bar old, Bar replacement) {
    int at = indexOf(list, old);
    if (at < 0) {
      return;
    }
    if (replacement != null && replacement.start() == old.start()) {
      list.set(at, replacement);
    } else {
      list.remove(at);
    }
  }

  private static void insert(List<Bar> list, Bar bar) {
    int index = firstStartingAtOrAfter(list, bar.start() + 1);
    list.add(index, bar);
  }

  private static int indexOf(List<Bar> list, Bar bar) {
    for (int i = firstStartingAtOrAfter(list, bar.start()); i < list.size() && list.get(i).start() == bar.start(); i++) {
      if (list.get(i).key().equals(bar.key())) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first bar that is still running or ends at or after {@code time}. */
  public int firstEndingAtOrAfter(long time, long now) {
    return firstEndingAtOrAfter(bars, time, now);
  }

  static int firstEndingAtOrAfter(List<Bar> list, long time, long now) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).endOr(now) < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first bar that starts at or after {@code time}. */
  public int firstStartingAtOrAfter(long time) {
    return firstStartingAtOrAfter(bars, time);
  }

  static int firstStartingAtOrAfter(List<Bar> list, long time) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start() < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The label shown at the left: "instance 2 · 7f3a9c" (the current or last occupant), or "throttled". */
  public String label() {
    if (throttles) {
      return "throttled";
    }
    String id = lives.isEmpty() ? "" : lives.get(lives.size() - 1).instanceId();
    String shortId = id.length() > 6 ? id.substring(id.length() - 6) : id;
    return "instance " + ordinal + (shortId.isEmpty() ? "" : " · " + shortId);
  }
}
