package dev.cumulo.ui.timeline;

import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.feed.FeedBatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline's state and commands: the data, what is shown (filter, time window, vertical scroll, following the
 * present) and the selected invocation with its chain of causes. UI thread only; nothing here needs a running toolkit,
 * so tests drive it directly with a fixed clock.
 */
public final class TimelineViewModel {
  private static final double DEFAULT_SPAN_MICROS = 30_000_000;
  private static final double PICK_TOLERANCE_PX = 3;

  private TimelineData data = new TimelineData();
  private final LongSupplier clockMicros;
  private final InvocationSelection selection;
  private final ReadOnlyObjectWrapper<BarFilter> filter = new ReadOnlyObjectWrapper<>(BarFilter.ALL);
  private final ReadOnlyObjectWrapper<Optional<Bar>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<CauseChain> chain = new ReadOnlyObjectWrapper<>(CauseChain.NONE);
  private final ReadOnlyObjectWrapper<Viewport> viewport;
  private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyDoubleWrapper scrollY = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyIntegerWrapper invocationCount = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
  private double viewHeight = 400;
  private List<Row> rows = List.of();
  private long rowsVersion = -1;
  private BarFilter rowsFilter;

  public TimelineViewModel(LongSupplier clockMicros, InvocationSelection selection) {
    this.clockMicros = clockMicros;
    this.selection = selection;
    this.viewport = new ReadOnlyObjectWrapper<>(Viewport.ending(clockMicros.getAsLong(), DEFAULT_SPAN_MICROS, 800).endingAt(clockMicros.getAsLong()));
    selection.requestIdProperty().addListener((o, was, now) -> selectionChanged(now));
  }

  public TimelineData data() {
    return data;
  }

  public long now() {
    return clockMicros.getAsLong();
  }

  /** Forgets everything shown, for another project. */
  public void reset() {
    data = new TimelineData();
    rowsVersion = -1;
    selected.set(Optional.empty());
    chain.set(CauseChain.NONE);
    scrollY.set(0);
    following.set(true);
    changed();
  }

  public void declareFunctions(Collection<String> functions) {
    data.declareFunctions(functions);
    changed();
  }

  public void accept(FeedBatch batch) {
    batch.instances().forEach(data::apply);
    batch.invocations().forEach(data::apply);
    changed();
  }

  public void loadHistory(List<InvocationRecord> records, long sessionStart) {
    data.applyHistory(records, sessionStart);
    changed();
  }

  private void changed() {
    invocationCount.set(data.size());
    revision.set(data.version());
    selection.requestId().ifPresent(this::selectionChanged);
  }

  private void selectionChanged(Optional<String> requestId) {
    selectionChanged(requestId.orElse(""));
  }

  private void selectionChanged(String requestId) {
    Optional<Bar> bar = requestId.isEmpty() ? Optional.empty() : data.bar(requestId);
    boolean moved = !bar.map(Bar::requestId).equals(selected.get().map(Bar::requestId));
    selected.set(bar);
    chain.set(bar.map(b -> CauseChain.of(data, b)).orElse(CauseChain.NONE));
    if (moved) {
      bar.ifPresent(this::reveal);
    }
  }

  /** Brings a bar into view: its time in the window, its lane on screen. */
  private void reveal(Bar bar) {
    Viewport view = viewport.get();
    if (bar.start() < view.start() || bar.endOr(now()) > view.end()) {
      following.set(false);
      viewport.set(view.pan(view.x(bar.start()) - view.width() / 3));
    }
    List<Row> all = rows();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Row.LaneRow lane && data.laneOf(bar).map(l -> l == lane.lane()).orElse(false)) {
        double top = i * Row.HEIGHT;
        if (top < scrollY.get() || top + Row.HEIGHT > scrollY.get() + viewHeight) {
          scrollTo(top - viewHeight / 3);
        }
        return;
      }
    }
  }

  /** Selects the bar at a point of the bars area ({@code y} measured from the first row), or clears the selection. */
  public void selectAt(double x, double y) {
    Optional<Bar> hit = pick(x, y);
    if (hit.isPresent()) {
      selection.select(hit.get().requestId());
    } else {
      selection.clear();
    }
  }

  public void clearSelection() {
    selection.clear();
  }

  /** The bar at a point of the bars area, if one is within a few pixels. */
  public Optional<Bar> pick(double x, double y) {
    int index = (int) Math.floor((y + scrollY.get()) / Row.HEIGHT);
    List<Row> all = rows();
    if (index < 0 || index >= all.size() || !(all.get(index) instanceof Row.LaneRow row)) {
      return Optional.empty();
    }
    Viewport view = viewport.get();
    long from = (long) view.time(x - PICK_TOLERANCE_PX);
    long to = (long) view.time(x + PICK_TOLERANCE_PX);
    Lane lane = row.lane();
    long now = now();
    Bar best = null;
    double bestDistance = Double.MAX_VALUE;
    for (int i = lane.firstEndingAtOrAfter(from, now); i < lane.bars().size(); i++) {
      Bar bar = lane.bars().get(i);
      if (bar.start() > to) {
        break;
      }
      if (!filter.get().matches(bar)) {
        continue;
      }
      double distance = Math.abs(view.x((bar.start() + bar.endOr(now)) / 2.0) - x);
      if (distance < bestDistance) {
        best = bar;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The rows shown under the current filter; rebuilt only when lanes or the filter change. */
  public List<Row> rows() {
    if (rowsVersion != data.version() || rowsFilter != filter.get()) {
      List<Row> built = new ArrayList<>();
      for (TimelineData.Group group : data.groups()) {
        if (!filter.get().showsFunction(group.function())) {
          continue;
        }
        built.add(new Row.Header(group));
        group.lanes().forEach(lane -> built.add(new Row.LaneRow(lane)));
      }
      rows = List.copyOf(built);
      rowsVersion = data.version();
      rowsFilter = filter.get();
    }
    return rows;
  }

  public double contentHeight() {
    return rows().size() * Row.HEIGHT;
  }

  public void showFunction(Optional<String> function) {
    filter.set(filter.get().withFunction(function));
    scrollTo(scrollY.get());
  }

  public void showOutcome(OutcomeFilter outcome) {
    filter.set(filter.get().withOutcome(outcome));
  }

  public void showText(String text) {
    filter.set(filter.get().withText(text));
  }

  /** Called each frame: while following, the window slides with the present. */
  public void tick() {
    if (following.get()) {
      viewport.set(viewport.get().endingAt(now()));
    }
  }

  public void setFollowing(boolean follow) {
    following.set(follow);
    tick();
  }

  /** Zooms around {@code anchorX}; while following, around the present so that it stays in view. */
  public void zoom(double factor, double anchorX) {
    Viewport view = viewport.get();
    viewport.set(following.get() ? view.zoom(factor, view.x(now())).endingAt(now()) : view.zoom(factor, anchorX));
  }

  /** Pans by {@code dx} pixels (positive shows later times); stops following the present. */
  public void pan(double dx) {
    following.set(false);
    viewport.set(viewport.get().pan(dx));
  }

  public void scrollBy(double dy) {
    scrollTo(scrollY.get() + dy);
  }

  public void scrollTo(double y) {
    double max = Math.max(0, contentHeight() - viewHeight);
    scrollY.set(Math.max(0, Math.min(max, y)));
  }

  /** The size of the bars area, in pixels. */
  public void resize(double width, double height) {
    viewHeight = Math.max(1, height);
    viewport.set(viewport.get().withWidth(width));
    tick();
    scrollTo(scrollY.get());
  }

  /** Shows everything recorded, from the first invocation to the last. */
  public void fitAll() {
    following.set(false);
    long from = data.earliest().orElse(now() - 60_000_000L);
    long to = data.latest().orElse(now());
    viewport.set(viewport.get().fit(from, Math.max(to, from + 1_000)));
  }

  public ReadOnlyObjectProperty<BarFilter> filterProperty() {
    return filter.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<Bar>> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<CauseChain> chainProperty() {
    return chain.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty followingProperty() {
    return following.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty scrollYProperty() {
    return scrollY.getReadOnlyProperty();
  }

  /** Changes whenever the data does; views that show lanes or counts listen to it. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty invocationCountProperty() {
    return invocationCount.getReadOnlyProperty();
  }

  public double viewHeight() {
    return viewHeight;
  }
}
