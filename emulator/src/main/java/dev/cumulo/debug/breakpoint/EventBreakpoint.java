package dev.cumulo.debug.breakpoint;

import dev.cumulo.functions.model.Trigger;
import java.util.Optional;

/**
 * Holds matching events before delivery. Every part that is present must match: the function the event goes to, the
 * kind of trigger that sent it, the trigger's resource (an HTTP route key such as {@code GET /orders/{id}}, a bucket,
 * a queue, a schedule's rule name or expression) and a condition on the event JSON.
 */
public record EventBreakpoint(
    String id,
    boolean enabled,
    Optional<String> function,
    Optional<Trigger.Source> source,
    Optional<String> resource,
    Optional<EventCondition> condition) implements Breakpoint {

  @Override
  public EventBreakpoint withEnabled(boolean value) {
    return new EventBreakpoint(id, value, function, source, resource, condition);
  }

  public EventBreakpoint withId(String newId) {
    return new EventBreakpoint(newId, enabled, function, source, resource, condition);
  }
}
