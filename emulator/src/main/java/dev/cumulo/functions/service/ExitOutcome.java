package dev.cumulo.functions.service;

import dev.cumulo.functions.model.Outcome;

/** What the end of an instance's process means for the invocation it was working on, in Lambda's words. */
final class ExitOutcome {
  private ExitOutcome() {}

  /**
   * @param initializing whether the process ended during its init
   * @param reportedInitError the init error the runtime reported before it ended, or null
   */
  static Outcome of(String requestId, int exitValue, boolean killedForMemory, boolean initializing,
      Outcome.InitError reportedInitError) {
    String exit = ExitDescription.of(exitValue);
    if (killedForMemory) {
      return new Outcome.Crash(requestId, "Runtime.OutOfMemory", exit);
    }
    if (!initializing) {
      return new Outcome.Crash(requestId, "Runtime.ExitError", exit);
    }
    return reportedInitError != null ? reportedInitError
        : new Outcome.InitError("Runtime.ExitError", new Outcome.Crash(requestId, "Runtime.ExitError", exit).payload());
  }
}
