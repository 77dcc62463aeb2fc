package dev.cumulo.ui.logs;

import dev.cumulo.recorder.LogLine;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Session;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * All functions' log lines, live: the newest {@link #KEPT} lines (the rest stay in the recorder's history), filtered by
 * function, level and text. Selecting a line selects its invocation everywhere.
 */
public final class LogsViewModel implements Session.Listener {
  public static final int KEPT = 50_000;
  private static final int HISTORY = 2_000;

  private final UiThreads threads;
  private final InvocationSelection selection;
  private final ObservableList<LogEntry> all = FXCollections.observableArrayList();
  private final FilteredList<LogEntry> shown = new FilteredList<>(all, e -> true);
  private final ReadOnlyObjectWrapper<Optional<String>> function = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<LogLevel> level = new ReadOnlyObjectWrapper<>(LogLevel.ALL);
  private final ReadOnlyObjectWrapper<String> text = new ReadOnlyObjectWrapper<>("");
  private final ReadOnlyIntegerWrapper skipped = new ReadOnlyIntegerWrapper(0);
  private final ObservableList<String> functions = FXCollections.observableArrayList();
  /** One read-only view, kept: listeners on a view are held weakly by the list behind it. */
  private final ObservableList<String> functionsView = FXCollections.unmodifiableObservableList(functions);

  public LogsViewModel(UiThreads threads, InvocationSelection selection) {
    this.threads = threads;
    this.selection = selection;
  }

  @Override
  public void started(LiveProject live) {
    all.clear();
    skipped.set(0);
    functions.setAll(live.project().functions().stream().map(f -> f.functionName()).toList());
    live.feed().listen(this::accept);
    threads.background().execute(() -> {
      List<LogLine> history = readHistory(live);
      threads.fx().execute(() -> all.addAll(0, history.stream().map(LogEntry::of).toList()));
    });
  }

  private static List<LogLine> readHistory(LiveProject live) {
    try {
      return live.emulator().recorder().recentLogs(HISTORY);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  @Override
  public void stopped() {
    // the lines stay readable after the emulator stops
  }

  public void accept(FeedBatch batch) {
    if (batch.logsDropped() > 0) {
      skipped.set(skipped.get() + batch.logsDropped());
    }
    if (batch.logs().isEmpty()) {
      return;
    }
    all.addAll(batch.logs().stream().map(LogEntry::of).toList());
    int excess = all.size() - KEPT;
    if (excess > 0) {
      all.remove(0, excess);
    }
  }

  public void showFunction(Optional<String> name) {
    function.set(name);
    refilter();
  }

  public void showLevel(LogLevel value) {
    level.set(value);
    refilter();
  }

  public void showText(String value) {
    text.set(value == null ? "" : value);
    refilter();
  }

  private void refilter() {
    Optional<String> fn = function.get();
    LogLevel lv = level.get();
    String needle = text.get().strip().toLowerCase(Locale.ROOT);
    shown.setPredicate(e -> fn.map(e.line().function()::equals).orElse(true) && lv.shows(e.level())
        && (needle.isEmpty() || e.line().text().toLowerCase(Locale.ROOT).contains(needle)
            || e.line().requestId().toLowerCase(Locale.ROOT).contains(needle)));
  }

  /** Selects the invocation that wrote {@code entry}. */
  public void open(LogEntry entry) {
    selection.select(entry.line().requestId());
  }

  /** Empties the view (the history keeps every line). */
  public void clear() {
    all.clear();
    skipped.set(0);
  }

  public ObservableList<LogEntry> shown() {
    return shown;
  }

  public ObservableList<String> functions() {
    return functionsView;
  }

  public ReadOnlyObjectProperty<LogLevel> levelProperty() {
    return level.getReadOnlyProperty();
  }

  /** Lines that arrived faster than the window could show; they are in the recorder's history. */
  public ReadOnlyIntegerProperty skippedProperty() {
    return skipped.getReadOnlyProperty();
  }
}
