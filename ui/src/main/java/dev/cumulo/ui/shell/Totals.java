package dev.cumulo.ui.shell;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;

/** What the status bar counts since the emulator started: finished invocations, errors, throttles, cold starts. */
public record Totals(long invocations, long errors, long throttles, long coldStarts) {
  public static final Totals NONE = new Totals(0, 0, 0, 0);

  /** These totals plus one finished invocation; unfinished ones do not count yet. */
  public Totals plus(InvocationRecord r) {
    if (!r.isDone()) {
      return this;
    }
    boolean throttled = r.outcome() == OutcomeKind.THROTTLED;
    return new Totals(invocations + 1, errors + (r.outcome().isError() && !throttled ? 1 : 0), throttles + (throttled ? 1 : 0),
        coldStarts + (r.coldStart() ? 1 : 0));
  }
}
