package dev.cumulo.debug.event;

import dev.cumulo.debug.breakpoint.EventBreakpoint;
import java.util.List;
import java.util.Optional;

/** Which enabled event breakpoint, if any, an event meets. */
final class EventBreakpoints {
  private EventBreakpoints() {}

  static Optional<EventBreakpoint> firstMatch(List<EventBreakpoint> breakpoints, EventView event) {
    for (EventBreakpoint breakpoint : breakpoints) {
      if (breakpoint.enabled() && matches(breakpoint, event)) {
        return Optional.of(breakpoint);
      }
    }
    return Optional.empty();
  }

  static boolean matches(EventBreakpoint breakpoint, EventView event) {
    if (breakpoint.function().isPresent() && !breakpoint.function().get().equals(event.request().functionName())) {
      return false;
    }
    if (breakpoint.source().isPresent() && breakpoint.source().get() != event.request().trigger().source()) {
      return false;
    }
    if (breakpoint.resource().isPresent() && !event.resources().contains(breakpoint.resource().get())) {
      return false;
    }
    return breakpoint.condition().map(c -> c.test(event.json(), event.text())).orElse(true);
  }
}
