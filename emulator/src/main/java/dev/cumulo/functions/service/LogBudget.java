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
    roll();
    if (used < LINES_PER_SECOND) {
      used++;
      return true;
    }
    dropped++;
    return false;
  }

  private String report = "";

  private void roll() {
    long now = System.nanoTime();
    if (now - windowStart >= 1_000_000_000L) {
      if (dropped > 0) {
        report = "Cumulo dropped " + dropped + " log lines from this instance: it wrote more than " + LINES_PER_SECOND
            + " a second";
      }
      windowStart = now;
      used = 0;
      dropped = 0;
    }
  }

  /** The pending report, cleared; empty when nothing was dropped. */
  synchronized String pendingReport() {
    roll();
    String r = report;
    report = "";
    return r;
  }
}
