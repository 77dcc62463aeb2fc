package dev.cumulo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.testing.Records;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
  private static final long T0 = 1_700_000_000_000_000L;

  private final AtomicLong clock = new AtomicLong(T0 + 10_000_000);
  private final InvocationSelection selection = new InvocationSelection();
  private TimelineViewModel model;

  @BeforeEach
  void showTenSecondsOnAThousandPixels() {
    model = new TimelineViewModel(clock::get, selection);
    model.resize(1000, 400);
    model.setFollowing(false);
    model.fitAll();
    model.pan(model.viewportProperty().get().x(T0));
    model.zoom(model.viewportProperty().get().span() / 10_000_000.0, 0);
  }

  private void accept(InvocationRecord... records) {
    model.accept(FeedBatch.of(List.of(records), List.of(), List.of()));
  }

  private double xOf(long time) {
    return model.viewportProperty().get().x(time);
  }

  /** y of the middle of row {@code index} (0 is the first function's header). */
  private static double row(int index) {
    return index * Row.HEIGHT + Row.HEIGHT / 2;
  }

  @Test
  void narrowingTheTimelineKeepsTheSameStretchOfTimeInView() {
    Viewport before = model.viewportProperty().get();

    model.resize(500, 400);

    Viewport after = model.viewportProperty().get();
    assertEquals(List.of(before.start(), before.end(), 500.0), List.of(after.start(), after.end(), after.width()));
  }

  @Test
  void clickingABarSelectsItsInvocation() {
    accept(Records.done("a", "F", "i-1", T0 + 1_000_000, T0 + 2_000_000));

    model.selectAt(xOf(T0 + 1_500_000), row(1));

    assertEquals(Optional.of("a"), selection.requestId());
    assertEquals("a", model.selectedProperty().get().orElseThrow().requestId());
  }

  @Test
  void clickingEmptySpaceClearsTheSelection() {
    accept(Records.done("a", "F", "i-1", T0 + 1_000_000, T0 + 2_000_000));
    selection.select("a");

    model.selectAt(xOf(T0 + 5_000_000), row(1));

    assertEquals(Optional.empty(), selection.requestId());
  }

  @Test
  void aFilteredOutBarCannotBePicked() {
    accept(Records.done("a", "F", "i-1", T0 + 1_000_000, T0 + 2_000_000));
    model.showOutcome(OutcomeFilter.ERRORS);

    assertEquals(Optional.empty(), model.pick(xOf(T0 + 1_500_000), row(1)));
  }

  @Test
  void filteringByFunctionShowsOnlyThatFunctionsRows() {
    accept(Records.done("a", "F", "i-1", T0, T0 + 10), Records.done("b", "G", "i-2", T0, T0 + 10));

    model.showFunction(Optional.of("G"));

    assertEquals(List.of("G"), model.rows().stream()
        .filter(r -> r instanceof Row.Header).map(r -> ((Row.Header) r).group().function()).toList());
  }

  @Test
  void textFilterMatchesErrorTypesAndRequestIds() {
    InvocationRecord failed = Records.failed(Records.done("abc-123", "F", "i-1", T0, T0 + 10), OutcomeKind.TIMEOUT, "Sandbox.Timedout");
    BarFilter byError = BarFilter.ALL.withText("timedout");
    BarFilter byId = BarFilter.ALL.withText("ABC-1");
    BarFilter other = BarFilter.ALL.withText("nothing");
    Bar bar = Bar.of(failed).orElseThrow();

    assertEquals(List.of(true, true, false), List.of(byError.matches(bar), byId.matches(bar), other.matches(bar)));
  }

  @Test
  void selectingAnInvocationOutsideTheWindowBringsItIntoView() {
    accept(Records.done("late", "F", "i-1", T0 + 60_000_000, T0 + 61_000_000));

    selection.select("late");

    Viewport view = model.viewportProperty().get();
    assertTrue(view.start() <= T0 + 60_000_000 && view.end() >= T0 + 61_000_000, "the bar is in the window");
    assertFalse(model.followingProperty().get());
  }

  @Test
  void theChainOfASelectedInvocationHoldsItsAncestorsAndDescendants() {
    InvocationRecord api = Records.done("api", "Api", "i-1", T0, T0 + 5_000_000);
    InvocationRecord worker = Records.childOf(Records.done("worker", "Worker", "i-2", T0 + 1_000_000, T0 + 2_000_000), api);
    InvocationRecord report = Records.childOf(Records.done("report", "Report", "i-3", T0 + 3_000_000, T0 + 4_000_000), worker);
    accept(api, worker, report);

    selection.select("worker");

    CauseChain chain = model.chainProperty().get();
    assertEquals(List.of(Set.of("api"), Set.of("report")), List.of(chain.ancestors(), chain.descendants()));
  }

  @Test
  void aChildThatArrivesAfterTheSelectionJoinsItsChain() {
    InvocationRecord api = Records.done("api", "Api", "i-1", T0, T0 + 5_000_000);
    accept(api);
    selection.select("api");

    accept(Records.childOf(Records.done("worker", "Worker", "i-2", T0 + 1_000_000, T0 + 2_000_000), api));

    assertEquals(Set.of("worker"), model.chainProperty().get().descendants());
  }

  @Test
  void zoomingKeepsTheTimeUnderThePointerInPlace() {
    double anchor = 250;
    double before = model.viewportProperty().get().time(anchor);

    model.zoom(2, anchor);

    assertEquals(before, model.viewportProperty().get().time(anchor), 1);
    assertEquals(5_000_000, model.viewportProperty().get().span(), 1);
  }

  @Test
  void followingKeepsThePresentAtTheRightEdge() {
    model.setFollowing(true);
    clock.addAndGet(30_000_000);

    model.tick();

    Viewport view = model.viewportProperty().get();
    assertTrue(view.end() > clock.get() && view.end() - clock.get() < view.span() * 0.1, "now is near the right edge");
  }

  @Test
  void panningStopsFollowing() {
    model.setFollowing(true);

    model.pan(-100);

    assertFalse(model.followingProperty().get());
  }

  @Test
  void lanesScrollNoFurtherThanTheirContent() {
    for (int i = 0; i < 40; i++) {
      accept(Records.done("r" + i, "F", "i-" + i, T0, T0 + 5_000_000));
    }

    model.scrollBy(1_000_000);

    assertEquals(model.contentHeight() - 400, model.scrollYProperty().get(), 0.01);
  }
}
