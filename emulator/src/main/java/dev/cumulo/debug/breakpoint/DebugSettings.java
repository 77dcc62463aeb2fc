package dev.cumulo.debug.breakpoint;

import java.util.List;
import java.util.Set;

/**
 * What the developer set up for debugging a project, kept between runs: breakpoints, watch expressions, and which
 * functions run under the debugger and which hold events that made them fail.
 */
public record DebugSettings(
    List<Breakpoint> breakpoints, List<String> watches, Set<String> debugging, Set<String> breakOnError, long lastId) {

  public DebugSettings {
    breakpoints = List.copyOf(breakpoints);
    watches = List.copyOf(watches);
    debugging = Set.copyOf(debugging);
    breakOnError = Set.copyOf(breakOnError);
  }

  public static DebugSettings empty() {
    return new DebugSettings(List.of(), List.of(), Set.of(), Set.of(), 0);
  }
}
