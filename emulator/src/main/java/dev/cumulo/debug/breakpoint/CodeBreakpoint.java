package dev.cumulo.debug.breakpoint;

import java.util.Optional;

/**
 * Stops a function at a line of its source (a .js, .mjs, .ts, .py or .java file; relative paths start at the project
 * folder). {@code condition} is an expression in the function's language (for Java a variable or field path, optionally
 * compared with a literal: {@code order.total > 100}); the breakpoint stops from its {@code hitCount}th hit on (1 =
 * every hit). With a {@code logMessage} it is a logpoint: it writes the message to the invocation's log, each
 * {@code {expression}} replaced by its value, and does not stop.
 */
public record CodeBreakpoint(
    String id,
    boolean enabled,
    String file,
    int line,
    Optional<String> condition,
    int hitCount,
    Optional<String> logMessage) implements Breakpoint {

  public CodeBreakpoint {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more");
    }
    if (hitCount < 1) {
      throw new IllegalArgumentException("hitCount must be 1 or more");
    }
  }

  @Override
  public CodeBreakpoint withEnabled(boolean value) {
    return new CodeBreakpoint(id, value, file, line, condition, hitCount, logMessage);
  }

  public CodeBreakpoint withId(String newId) {
    return new CodeBreakpoint(newId, enabled, file, line, condition, hitCount, logMessage);
  }

  public boolean isLogpoint() {
    return logMessage.isPresent();
  }
}
