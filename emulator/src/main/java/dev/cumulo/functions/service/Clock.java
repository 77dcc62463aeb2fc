package dev.cumulo.functions.service;

/** Wall-clock time in microseconds, precise and never going backwards within one run (for ordering phases). */
public final class Clock {
  private static final long EPOCH_MICROS = System.currentTimeMillis() * 1000;
  private static final long NANOS = System.nanoTime();

  private Clock() {}

  public static long nowMicros() {
    return EPOCH_MICROS + (System.nanoTime() - NANOS) / 1000;
  }
}
