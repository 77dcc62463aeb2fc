package dev.cumulo.debug.model;

import java.util.List;
import java.util.Optional;

/**
 * An invocation stopped in its code: where, why, its stack, the variables of its innermost frame and the watches.
 *
 * @param requestId the invocation's request id (empty when the code paused between invocations)
 * @param reason {@code breakpoint} or {@code step}
 * @param breakpointId the breakpoint that stopped it, for {@code breakpoint}
 * @param pausedAtMicros when it stopped, epoch microseconds
 */
public record PausedInvocation(
    String requestId,
    String function,
    String instanceId,
    String runtime,
    String reason,
    Optional<String> breakpointId,
    SourceLocation location,
    List<StackFrame> frames,
    List<Variable> variables,
    List<Watch> watches,
    long pausedAtMicros) {

  public PausedInvocation {
    frames = List.copyOf(frames);
    variables = List.copyOf(variables);
    watches = List.copyOf(watches);
  }
}
