package dev.cumulo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InstanceInfo;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.Phase;
import dev.cumulo.ui.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDataTest {
  private final TimelineData data = new TimelineData();

  private List<String> lanes(String function) {
    return data.groups().stream().filter(g -> g.function().equals(function)).findFirst().orElseThrow().lanes().stream()
        .map(l -> l.label() + ": " + l.bars().stream().map(Bar::requestId).toList()).toList();
  }

  @Test
  void invocationsOfOneInstanceShareALaneInTimeOrder() {
    data.apply(Records.done("b", "F", "i-aaaaaa", 300, 400));
    data.apply(Records.done("a", "F", "i-aaaaaa", 100, 200));

    assertEquals(List.of("instance 1 · aaaaaa: [a, b]"), lanes("F"));
  }

  @Test
  void instancesRunningAtTheSameTimeGetLanesOfTheirOwn() {
    data.apply(Records.done("a", "F", "i-aaaaaa", 100, 500));
    data.apply(Records.done("b", "F", "i-bbbbbb", 200, 300));

    assertEquals(List.of("instance 1 · aaaaaa: [a]", "instance 2 · bbbbbb: [b]"), lanes("F"));
  }

  @Test
  void aLaneWhoseInstanceDiedTakesTheNextInstanceStartedLater() {
    data.apply(new InstanceInfo("F", "i-aaaaaa", InstanceInfo.State.STARTING, 100, 1));
    data.apply(Records.done("a", "F", "i-aaaaaa", 100, 200));
    data.apply(new InstanceInfo("F", "i-aaaaaa", InstanceInfo.State.DEAD, 300, 1));
    data.apply(new InstanceInfo("F", "i-bbbbbb", InstanceInfo.State.STARTING, 400, 2));
    data.apply(Records.done("b", "F", "i-bbbbbb", 400, 500));

    assertEquals(List.of("instance 1 · bbbbbb: [a, b]"), lanes("F"));
  }

  @Test
  void aThrottledInvocationIsAPointOnTheFunctionsThrottleLane() {
    data.apply(Records.done("a", "F", "i-aaaaaa", 100, 200));
    InvocationRecord throttled = Records.failed(Records.done("t", "F", "", 150, 150), OutcomeKind.THROTTLED, "TooManyRequestsException");
    data.apply(throttled);

    assertEquals(List.of("instance 1 · aaaaaa: [a]", "throttled: [t]"), lanes("F"));
  }

  @Test
  void aLaterPhaseReplacesTheBarOfTheSameAttempt() {
    InvocationRecord done = Records.done("a", "F", "i-aaaaaa", 100, 200);
    data.apply(Records.inPhase(done, Phase.RUNNING));
    assertTrue(data.bar("a").orElseThrow().running());
    assertTrue(data.anyRunning());

    data.apply(done);

    assertEquals(200, data.bar("a").orElseThrow().end());
    assertEquals(1, data.size());
    assertEquals(false, data.anyRunning());
  }

  @Test
  void aQueuedInvocationWithoutAnInstanceHasNoBarYet() {
    data.apply(Records.inPhase(Records.done("a", "F", "", 100, 200), Phase.QUEUED));

    assertEquals(0, data.size());
  }

  @Test
  void aColdStartDrawsItsInitBeforeItsExecution() {
    data.apply(Records.cold(Records.done("a", "F", "i-aaaaaa", 150, 300), 100, 150));

    Bar bar = data.bar("a").orElseThrow();
    assertEquals(List.of(100L, 150L, 150L, 300L), List.of(bar.start(), bar.initEnd(), bar.invokeStart(), bar.end()));
  }

  @Test
  void failuresAreKeptApartSoThatZoomingOutNeverHidesThem() {
    data.apply(Records.done("a", "F", "i-aaaaaa", 100, 200));
    data.apply(Records.failed(Records.done("b", "F", "i-aaaaaa", 300, 400), OutcomeKind.FUNCTION_ERROR, "Error"));

    Lane lane = data.groups().get(0).lanes().get(0);
    assertEquals(List.of("b"), lane.notable().stream().map(Bar::requestId).toList());
  }

  @Test
  void historyOfDeadInstancesIsPackedIntoFewLanes() {
    data.applyHistory(List.of(
        Records.done("c", "F", "i-cccccc", 500, 600),
        Records.done("a", "F", "i-aaaaaa", 100, 200),
        Records.done("b", "F", "i-bbbbbb", 150, 250)), 10_000);

    assertEquals(List.of("instance 1 · cccccc: [a, c]", "instance 2 · bbbbbb: [b]"), lanes("F"));
  }

  @Test
  void childrenAreFoundByTheirParentRequestId() {
    InvocationRecord parent = Records.done("p", "Api", "i-aaaaaa", 100, 500);
    data.apply(parent);
    data.apply(Records.childOf(Records.done("c", "Worker", "i-bbbbbb", 300, 400), parent));

    assertEquals(List.of("c"), data.children("p"));
  }
}
