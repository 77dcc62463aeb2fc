package dev.cumulo.debug.code;

import dev.cumulo.debug.model.StackFrame;
import java.util.List;

/**
 * Where and why a process stopped, as its session reports it.
 *
 * @param reason {@code breakpoint} or {@code step}
 * @param breakpointIds the Cumulo breakpoints at this place, for {@code breakpoint}
 * @param frames the stack, innermost first (never empty)
 */
public record Stop(String reason, List<String> breakpointIds, List<StackFrame> frames) {
  public static final String BREAKPOINT = "breakpoint";
  public static final String STEP = "step";

  public Stop {
    breakpointIds = List.copyOf(breakpointIds);
    frames = List.copyOf(frames);
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("a stop has at least one frame");
    }
  }
}
