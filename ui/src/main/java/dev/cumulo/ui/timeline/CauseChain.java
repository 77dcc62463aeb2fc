package dev.cumulo.ui.timeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The chain of causes around a selected invocation: the invocations that led to it (its parent, the parent's parent,
 * ...), those it led to (children, grandchildren, ...), and the trace root that every one of them shares.
 */
public record CauseChain(String selected, Set<String> ancestors, Set<String> descendants, String traceRoot) {
  public static final CauseChain NONE = new CauseChain("", Set.of(), Set.of(), "");

  public static CauseChain of(TimelineData data, Bar bar) {
    Set<String> ancestors = new LinkedHashSet<>();
    Optional<Bar> parent = data.bar(bar.parentRequestId());
    while (parent.isPresent() && ancestors.add(parent.get().requestId())) {
      parent = data.bar(parent.get().parentRequestId());
    }
    Set<String> descendants = new LinkedHashSet<>();
    Deque<String> toVisit = new ArrayDeque<>(data.children(bar.requestId()));
    while (!toVisit.isEmpty()) {
      String child = toVisit.poll();
      if (descendants.add(child)) {
        toVisit.addAll(data.children(child));
      }
    }
    return new CauseChain(bar.requestId(), Set.copyOf(ancestors), Set.copyOf(descendants), bar.traceRoot());
  }

  public boolean isEmpty() {
    return selected.isEmpty();
  }

  public boolean links(String requestId) {
    return ancestors.contains(requestId) || descendants.contains(requestId);
  }

  /** Whether {@code bar} belongs to the same trace without being a direct ancestor or descendant. */
  public boolean sharesTrace(Bar bar) {
    return !traceRoot.isEmpty() && traceRoot.equals(bar.traceRoot());
  }
}
