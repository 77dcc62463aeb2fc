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
  private final BarList bars = new BarList();
  private final BarList notable = new BarList();
  private final List<Life> lives = new ArrayList<>();
  /** Made when an instance moves in, not once a frame. */
  private String label;

  Lane(String function, boolean throttles, int ordinal) {
    this.function = function;
    this.throttles = throttles;
    this.ordinal = ordinal;
    this.label = throttles ? "throttled" : "instance " + ordinal;
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
    return bars.asList();
  }

  /** Changes whenever a bar is added, replaced or removed. */
  int version() {
    return bars.modifications();
  }

  /** The bars with the arrays that drawing walks. */
  BarList barList() {
    return bars;
  }

  /**
   * The failed, throttled and cold-start bars, kept apart so that they are drawn even when thousands of bars share a
   * pixel when zoomed out.
   */
  public List<Bar> notable() {
    return notable.asList();
  }

  BarList notableList() {
    return notable;
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
    String shortId = instanceId.length() > 6 ? instanceId.substring(instanceId.length() - 6) : instanceId;
    label = "instance " + ordinal + (shortId.isEmpty() ? "" : " · " + shortId);
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
      bars.replaceOrRemove(previous, bar);
      if (isNotable(previous)) {
        notable.replaceOrRemove(previous, null);
      }
    }
    if (previous == null || previous.start() != bar.start()) {
      bars.insert(bar);
    }
    if (isNotable(bar)) {
      notable.insert(bar);
    }
  }

  private static boolean isNotable(Bar bar) {
    return bar.outcome().isError() || bar.coldStart();
  }

  /** Index of the first bar that is still running or ends at or after {@code time}. */
  public int firstEndingAtOrAfter(long time, long now) {
    return bars.firstEndingAtOrAfter(time, now);
  }

  /** Index of the first bar that starts at or after {@code time}. */
  public int firstStartingAtOrAfter(long time) {
    return bars.firstStartingAtOrAfter(time);
  }

  /** The label shown at the left: "instance 2 · 7f3a9c" (the current or last occupant), or "throttled". */
  public String label() {
    return label;
  }
}
