package dev.cumulo.ui.timeline;

import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the timeline draws: lanes grouped by function, the bars in them, and the links between invocations (by
 * request id and parent request id). Fed from recorder records and instance changes on the UI thread; not thread-safe.
 * {@link #version()} changes with every change, so that views redraw only when something changed.
 */
public final class TimelineData {
  /** The lanes of one function: its instance lanes in order, and its throttle lane once something was throttled. */
  public static final class Group {
    private final String function;
    private final List<Lane> lanes = new ArrayList<>();
    private Lane throttles;

    Group(String function) {
      this.function = function;
    }

    public String function() {
      return function;
    }

    /** Instance lanes, then the throttle lane if any. */
    public List<Lane> lanes() {
      if (throttles == null) {
        return Collections.unmodifiableList(lanes);
      }
      List<Lane> all = new ArrayList<>(lanes);
      all.add(throttles);
      return all;
    }

    Lane laneOf(String instanceId, long born) {
      for (int i = lanes.size() - 1; i >= 0; i--) {
        if (lanes.get(i).holds(instanceId)) {
          return lanes.get(i);
        }
      }
      for (Lane lane : lanes) {
        if (lane.freeAt(born)) {
          lane.moveIn(instanceId, born);
          return lane;
        }
      }
      Lane lane = new Lane(function, false, lanes.size() + 1);
      lane.moveIn(instanceId, born);
      lanes.add(lane);
      return lane;
    }

    Lane throttleLane() {
      if (throttles == null) {
        throttles = new Lane(function, true, 0);
      }
      return throttles;
    }
  }

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<String, Bar> byKey = new HashMap<>();
  private final Map<String, Bar> latestByRequest = new HashMap<>();
  private final Map<String, Lane> laneByKey = new HashMap<>();
  private final Map<String, List<String>> childrenByParent = new HashMap<>();
  private final java.util.Set<String> running = new java.util.HashSet<>();
  private long earliest = Long.MAX_VALUE;
  private long latest = Long.MIN_VALUE;
  private long version;

  /** Shows the functions in this order (the template's), before any of them ran. */
  public void declareFunctions(Collection<String> functions) {
    functions.forEach(this::group);
    version++;
  }

  private Group group(String function) {
    return groups.computeIfAbsent(function, Group::new);
  }

  public void apply(InstanceInfo info) {
    Group group = group(info.function());
    Lane lane = group.laneOf(info.instanceId(), info.sinceMicros());
    if (info.state() == InstanceInfo.State.DEAD) {
      lane.died(info.instanceId(), info.sinceMicros());
    }
    version++;
  }

  public void apply(InvocationRecord record) {
    Optional<Bar> made = Bar.of(record);
    if (made.isEmpty()) {
      return;
    }
    Bar bar = made.get();
    Bar previous = byKey.get(bar.key());
    if (previous != null && !previous.running() && bar.running()) {
      return;
    }
    Group group = group(bar.function());
    Lane lane = laneByKey.get(bar.key());
    if (lane == null) {
      lane = bar.throttled() ? group.throttleLane() : group.laneOf(bar.instanceId(), bar.start());
      laneByKey.put(bar.key(), lane);
    }
    lane.put(bar, previous);
    byKey.put(bar.key(), bar);
    if (bar.running()) {
      running.add(bar.key());
    } else {
      running.remove(bar.key());
    }
    Bar latestAttempt = latestByRequest.get(bar.requestId());
    if (latestAttempt == null || latestAttempt.attempt() <= bar.attempt()) {
      latestByRequest.put(bar.requestId(), bar);
    }
    if (previous == null && !bar.parentRequestId().isEmpty()) {
      childrenByParent.computeIfAbsent(bar.parentRequestId(), p -> new ArrayList<>()).add(bar.requestId());
    }
    earliest = Math.min(earliest, bar.start());
    latest = Math.max(latest, Math.max(bar.start(), bar.end()));
    version++;
  }

  /**
   * Applies records from the history, in any order. An instance seen only here lived from its first bar to its last;
   * if that was before {@code sessionStart}, it is over and its lane can take a later instance.
   */
  public void applyHistory(List<InvocationRecord> records, long sessionStart) {
    record Span(String function, String instanceId, long born, long died) {}
    List<InvocationRecord> byStart = new ArrayList<>(records);
    byStart.sort(Comparator.comparingLong(r -> Bar.of(r).map(Bar::start).orElse(r.queuedAt())));
    Map<String, Span> spans = new LinkedHashMap<>();
    for (InvocationRecord r : byStart) {
      Bar.of(r).filter(b -> !b.throttled()).ifPresent(b -> spans.merge(b.function() + "\n" + b.instanceId(),
          new Span(b.function(), b.instanceId(), b.start(), b.endOr(Long.MAX_VALUE)),
          (a, n) -> new Span(a.function(), a.instanceId(), Math.min(a.born(), n.born()), Math.max(a.died(), n.died()))));
    }
    for (Span span : spans.values()) {
      if (span.died() < sessionStart) {
        group(span.function()).laneOf(span.instanceId(), span.born()).died(span.instanceId(), span.died());
      }
    }
    byStart.forEach(this::apply);
  }

  public List<Group> groups() {
    return List.copyOf(groups.values());
  }

  public Optional<Bar> bar(String requestId) {
    return Optional.ofNullable(latestByRequest.get(requestId));
  }

  public Optional<Lane> laneOf(Bar bar) {
    return Optional.ofNullable(laneByKey.get(bar.key()));
  }

  public List<String> children(String requestId) {
    return childrenByParent.getOrDefault(requestId, List.of());
  }

  /** Whether some invocation is still running (its bar grows with time). */
  public boolean anyRunning() {
    return !running.isEmpty();
  }

  public int size() {
    return byKey.size();
  }

  public long version() {
    return version;
  }

  /** The earliest start recorded, or empty when nothing ran yet. */
  public Optional<Long> earliest() {
    return earliest == Long.MAX_VALUE ? Optional.empty() : Optional.of(earliest);
  }

  public Optional<Long> latest() {
    return latest == Long.MIN_VALUE ? Optional.empty() : Optional.of(latest);
  }
}
