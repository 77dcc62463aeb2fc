package dev.cumulo.functions.service;

import dev.cumulo.recorder.InstanceInfo.State;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an instance: STARTING -> READY -> BUSY -> (READY | DEAD), and DEAD from anywhere. Every state rejects
 * every transition it does not name. Not thread-safe: the owning instance holds its lock around it.
 */
final class InstanceStates {
  private static final Map<State, Set<State>> ALLOWED =
      Map.of(
          State.STARTING, EnumSet.of(State.READY, State.DEAD),
          State.READY, EnumSet.of(State.BUSY, State.DEAD),
          State.BUSY, EnumSet.of(State.READY, State.DEAD),
          State.DEAD, EnumSet.noneOf(State.class));

  private final String instanceId;
  private State current = State.STARTING;

  InstanceStates(String instanceId) {
    this.instanceId = instanceId;
  }

  State current() {
    return current;
  }

  void move(State next) {
    if (!ALLOWED.get(current).contains(next)) {
      throw new IllegalStateException("Instance " + instanceId + " cannot go from " + current + " to " + next);
    }
    current = next;
  }
}
