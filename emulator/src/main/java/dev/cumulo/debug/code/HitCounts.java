package dev.cumulo.debug.code;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often each breakpoint was hit, across all instances of all functions, so that a breakpoint with a hit count stops
 * from its Nth hit on. A breakpoint that changes starts counting again.
 */
final class HitCounts {
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private volatile Map<String, CodeBreakpoint> breakpoints = Map.of();

  void reset(List<CodeBreakpoint> current) {
    Map<String, CodeBreakpoint> byId = new java.util.HashMap<>();
    current.forEach(b -> byId.put(b.id(), b));
    Map<String, CodeBreakpoint> before = breakpoints;
    before.forEach((id, old) -> {
      if (!old.equals(byId.get(id))) {
        hits.remove(id);
      }
    });
    breakpoints = Map.copyOf(byId);
  }

  /** Counts a hit of each of {@code ids}; true when one of them has reached its hit count (or is unknown). */
  boolean reached(List<String> ids) {
    boolean stop = ids.isEmpty();
    for (String id : ids) {
      CodeBreakpoint breakpoint = breakpoints.get(id);
      int count = hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
      if (breakpoint == null || count >= breakpoint.hitCount()) {
        stop = true;
      }
    }
    return stop;
  }
}
