package dev.cumulo.functions.service;

/**
 * Keeps a function that logs without end from flooding Cumulo: at most {@link #LINES_PER_SECOND} lines a second per
 * instance are recorded; the rest are counted and reported in one line, as Lambda reports dropped logs. Used by one
 * instance's output reader at a time.
 */
final class LogBudget {
  static final int LINES_PER_SECOND = 5_000;

  private long windowStart = System.nanoTime();
  private int used;
  private long dropped;

  /** Whether the next line may be recorded. */
  synchronized boolean admit() {
    long now = System.nanoTime();
    if (now - windowStart >= 1_000_000_000L) {
      windowStart = now;
      used = 0;
    }
    if (used < LINES_PER_SECOND) {
      used++;
      return true;
    }
    dropped++;
    return false;
  }

  /** The line reporting what was dropped since the last report, then cleared; empty when nothing was dropped. */
  synchronized String takeReport() {
    if (dropped == 0) {
      return "";
    }
    String report = "Cumulo dropped " + dropped + " log lines from this instance: it wrote more than " + LINES_PER_SECOND
        + " a second";
    dropped = 0;
    return report;
  }
}
