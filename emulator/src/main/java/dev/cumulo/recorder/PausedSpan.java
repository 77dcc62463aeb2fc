package dev.cumulo.recorder;

/**
 * A stretch of an invocation's life during which a debugger held it (epoch microseconds): its event waiting at an event
 * breakpoint before delivery, or its process stopped at a code breakpoint. The function's timeout clock does not run
 * during either, and the timeline draws them hatched.
 */
public record PausedSpan(long startMicros, long endMicros, Cause cause) {

  /** What held the invocation. */
  public enum Cause {
    /** The event waited at an event breakpoint before it was delivered. */
    EVENT_HELD,
    /** The function's code was stopped at a breakpoint or a step. */
    CODE_PAUSED
  }

  public long micros() {
    return Math.max(0, endMicros - startMicros);
  }

  /** The part of this span inside {@code [from, to]}, in microseconds. */
  public long microsWithin(long from, long to) {
    return Math.max(0, Math.min(endMicros, to) - Math.max(startMicros, from));
  }
}
