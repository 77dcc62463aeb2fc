package dev.cumulo.ui.metrics;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Session;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Per-function metrics over a sliding window, like CloudWatch's Lambda metrics: invocations, errors, throttles, cold
 * starts, duration percentiles and concurrency. Keeps the finished invocations of the last hour and recomputes the
 * buckets when asked ({@link #refresh()}, once a second while the page shows).
 */
public final class MetricsViewModel implements Session.Listener {
  public static final int BUCKETS = 60;
  private static final long KEPT_MICROS = Duration.ofHours(1).toNanos() / 1000;

  private final UiThreads threads;
  private final LongSupplier clockMicros;
  private final Deque<MetricsCalculator.Sample> samples = new ArrayDeque<>();
  private final ObservableList<String> functions = FXCollections.observableArrayList();
  /** One read-only view, kept: listeners on a view are held weakly by the list behind it. */
  private final ObservableList<String> functionsView = FXCollections.unmodifiableObservableList(functions);
  private final ReadOnlyObjectWrapper<List<MetricBucket>> buckets = new ReadOnlyObjectWrapper<>(List.of());
  private Optional<String> function = Optional.empty();
  private Duration window = Duration.ofMinutes(5);
  private boolean changed = true;

  public MetricsViewModel(UiThreads threads, LongSupplier clockMicros) {
    this.threads = threads;
    this.clockMicros = clockMicros;
  }

  @Override
  public void started(LiveProject live) {
    samples.clear();
    functions.setAll(live.project().functions().stream().map(f -> f.functionName()).toList());
    live.feed().listen(this::accept);
    threads.background().execute(() -> {
      List<InvocationRecord> history = readHistory(live);
      threads.fx().execute(() -> {
        history.stream().filter(InvocationRecord::isDone).sorted(java.util.Comparator.comparingLong(InvocationRecord::queuedAt))
            .forEach(this::add);
        refresh();
      });
    });
  }

  private static List<InvocationRecord> readHistory(LiveProject live) {
    try {
      return live.emulator().recorder().recent(Optional.empty(), 20_000);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public void stopped() {
    // the charts keep what was measured
  }

  public void accept(FeedBatch batch) {
    batch.invocations().stream().filter(InvocationRecord::isDone).forEach(this::add);
  }

  private void add(InvocationRecord r) {
    long start = r.outcome() == OutcomeKind.THROTTLED ? r.queuedAt()
        : r.coldStart() && r.initStart() > 0 ? r.initStart() : r.invokeStart() > 0 ? r.invokeStart() : r.queuedAt();
    long end = Math.max(start, Math.max(r.invokeEnd(), r.initEnd()));
    samples.addLast(new MetricsCalculator.Sample(r.function(), start, end, r.durationMs(),
        r.outcome().isError() && r.outcome() != OutcomeKind.THROTTLED, r.outcome() == OutcomeKind.THROTTLED, r.coldStart()));
    long oldest = clockMicros.getAsLong() - KEPT_MICROS;
    while (!samples.isEmpty() && samples.peekFirst().end() < oldest) {
      samples.removeFirst();
    }
    changed = true;
  }

  public void showFunction(Optional<String> name) {
    function = name;
    changed = true;
    refresh();
  }

  public void showWindow(Duration value) {
    window = value;
    changed = true;
    refresh();
  }

  /** Recomputes the buckets ending now; skipped when nothing changed and the window would not move a bucket. */
  public void refresh() {
    long now = clockMicros.getAsLong();
    long width = window.toNanos() / 1000 / BUCKETS;
    long to = (now / width + 1) * width;
    List<MetricBucket> current = buckets.get();
    if (!changed && !current.isEmpty() && current.get(current.size() - 1).start() + width == to) {
      return;
    }
    changed = false;
    List<MetricsCalculator.Sample> chosen = new ArrayList<>();
    for (MetricsCalculator.Sample s : samples) {
      if (function.map(s.function()::equals).orElse(true)) {
        chosen.add(s);
      }
    }
    buckets.set(MetricsCalculator.buckets(chosen, to - width * BUCKETS, to, BUCKETS));
  }

  public long now() {
    return clockMicros.getAsLong();
  }

  public Duration window() {
    return window;
  }

  public ObservableList<String> functions() {
    return functionsView;
  }

  public ReadOnlyObjectProperty<List<MetricBucket>> bucketsProperty() {
    return buckets.getReadOnlyProperty();
  }
}
