package dev.cumulo.functions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cumulo.recorder.InstanceInfo.State;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstanceStatesTest {
  private static final Map<State, Set<State>> ALLOWED = Map.of(
      State.STARTING, EnumSet.of(State.READY, State.DEAD),
      State.READY, EnumSet.of(State.BUSY, State.DEAD),
      State.BUSY, EnumSet.of(State.READY, State.DEAD),
      State.DEAD, EnumSet.noneOf(State.class));

  private static InstanceStates in(State state) {
    InstanceStates states = new InstanceStates("i");
    switch (state) {
      case READY -> states.move(State.READY);
      case BUSY -> {
        states.move(State.READY);
        states.move(State.BUSY);
      }
      case DEAD -> states.move(State.DEAD);
      default -> { }
    }
    return states;
  }

  @Test
  void everyStateTakesTheTransitionsItNamesAndRejectsTheRest() {
    for (State from : State.values()) {
      for (State to : State.values()) {
        InstanceStates states = in(from);
        if (ALLOWED.get(from).contains(to)) {
          states.move(to);
          assertEquals(to, states.current());
        } else {
          assertThrows(IllegalStateException.class, () -> states.move(to), from + " -> " + to);
          assertEquals(from, states.current());
        }
      }
    }
  }
}
