package dev.cumulo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.testing.Records;
import dev.cumulo.ui.timeline.LaneColumns.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lane reduced to pixel columns of 100 µs each, 10 columns wide. */
class LaneColumnsTest {
  /** What {@link LaneColumns#forEachRun} hands over, as a value to compare. */
  record Run(int from, int to, Mark mark, boolean lit) {}

  private static final long NOW = 1_000_000;
  private static final Viewport VIEW = new Viewport(0, 100, 10);

  private final TimelineData data = new TimelineData();
  private final LaneColumns columns = new LaneColumns();

  private Lane lane() {
    return data.groups().get(0).lanes().get(0);
  }

  private List<Run> build(BarFilter filter, CauseChain chain) {
    columns.update(lane(), VIEW, filter, chain, NOW);
    return runs(columns);
  }

  private static List<Run> runs(LaneColumns columns) {
    List<Run> runs = new ArrayList<>();
    columns.forEachRun((from, to, mark, lit) -> runs.add(new Run(from, to, mark, lit)));
    return runs;
  }

  private List<String> detailed() {
    return columns.detailed().stream().map(Bar::requestId).toList();
  }

  private List<Run> build() {
    return build(BarFilter.ALL, CauseChain.NONE);
  }

  private static InvocationRecord ok(String id, long start, long end) {
    return Records.done(id, "F", "i-aaaaaa", start, end);
  }

  private static InvocationRecord failed(String id, long start, long end) {
    return Records.failed(ok(id, start, end), OutcomeKind.FUNCTION_ERROR, "Error");
  }

  @Test
  void aFailureAmongSuccessesInOneColumnShowsInTheFailureColour() {
    data.apply(ok("a", 300, 310));
    data.apply(failed("b", 320, 330));
    data.apply(ok("c", 340, 350));

    assertEquals(List.of(new Run(3, 4, Mark.ERROR, true)), build());
  }

  @Test
  void aFailureInACrowdedColumnThatTheWalkJumpsOverStillShows() {
    for (int i = 0; i < 50; i++) {
      long start = i * 20L;
      data.apply(i == 27 ? failed("r" + i, start, start + 10) : ok("r" + i, start, start + 10));
    }

    assertEquals(List.of(new Run(0, 5, Mark.SUCCESS, true), new Run(5, 6, Mark.ERROR, true),
        new Run(6, 10, Mark.SUCCESS, true)), build());
  }

  @Test
  void aColdStartShowsItsInitBeforeItsExecution() {
    data.apply(Records.cold(ok("a", 250, 380), 100, 250));

    assertEquals(List.of(new Run(1, 3, Mark.INIT, true), new Run(3, 4, Mark.SUCCESS, true)), build());
  }

  @Test
  void touchingColumnsOfOneOutcomeMakeOneRunAndEmptyColumnsSeparateRuns() {
    data.apply(ok("a", 0, 150));
    data.apply(ok("b", 160, 250));
    data.apply(Records.failed(ok("c", 520, 590), OutcomeKind.TIMEOUT, "Task timed out"));

    assertEquals(List.of(new Run(0, 3, Mark.SUCCESS, true), new Run(5, 6, Mark.TIMEOUT, true)), build());
  }

  @Test
  void aBarWideEnoughForItsTextIsLeftToBeDrawnOnItsOwn() {
    data.apply(ok("wide", 100, 400));
    data.apply(ok("narrow", 500, 550));

    assertEquals(List.of(new Run(5, 6, Mark.SUCCESS, true)), build());
    assertEquals(List.of("wide"), detailed());
  }

  @Test
  void barsTheFilterHidesLeaveTheirColumnsEmpty() {
    data.apply(ok("a", 100, 150));
    data.apply(failed("b", 300, 350));

    assertEquals(List.of(new Run(3, 4, Mark.ERROR, true)), build(BarFilter.ALL.withOutcome(OutcomeFilter.ERRORS), CauseChain.NONE));
  }

  @Test
  void withASelectionBarsOutsideItsChainAreDimmedAndTheChainIsDrawnOnItsOwn() {
    InvocationRecord parent = ok("parent", 100, 150);
    data.apply(parent);
    data.apply(Records.childOf(ok("child", 300, 350), parent));
    data.apply(ok("other", 600, 650));

    List<Run> runs = build(BarFilter.ALL, CauseChain.of(data, data.bar("parent").orElseThrow()));

    assertEquals(List.of(new Run(6, 7, Mark.SUCCESS, false)), runs);
    assertEquals(List.of("parent", "child"), detailed());
  }

  @Test
  void panningByWholePixelsShowsWhatDrawingAfreshShows() {
    Random random = new Random(7);
    long t = 0;
    for (int i = 0; i < 3000; i++) {
      long start = t + random.nextInt(150);
      long end = start + (random.nextInt(10) == 0 ? 200 + random.nextInt(900) : 1 + random.nextInt(60));
      int roll = random.nextInt(20);
      InvocationRecord r = roll == 0 ? failed("r" + i, start, end) : ok("r" + i, start, end);
      data.apply(roll == 1 ? Records.cold(r, start, start + (end - start) / 2) : r);
      t = end;
    }
    Viewport view = new Viewport(10_000, 16, 200);

    for (int pan : new int[] {8, 8, -8, 3, 150, -199, 1, 250, -60, 0, 40}) {
      view = view.pan(pan);
      columns.update(lane(), view, BarFilter.ALL, CauseChain.NONE, NOW);
      LaneColumns fresh = new LaneColumns();
      fresh.update(lane(), view, BarFilter.ALL, CauseChain.NONE, NOW);

      assertEquals(runs(fresh), runs(columns), "after a pan by " + pan);
      assertEquals(Set.copyOf(fresh.detailed()), Set.copyOf(columns.detailed()), "after a pan by " + pan);
      assertEquals(fresh.detailed().size(), columns.detailed().size(), "after a pan by " + pan);
    }
  }

  @Test
  void aBarAddedToTheLaneShowsInTheNextFrame() {
    data.apply(ok("a", 100, 150));
    build();

    data.apply(failed("b", 400, 450));

    assertEquals(List.of(new Run(1, 2, Mark.SUCCESS, true), new Run(4, 5, Mark.ERROR, true)), build());
  }
}
