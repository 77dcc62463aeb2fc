package dev.cumulo.ui.debug;

import dev.cumulo.debug.Debugger;
import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.breakpoint.EventBreakpoint;
import dev.cumulo.debug.model.DebugSnapshot;
import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.functions.service.Clock;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.feed.Touched;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The debugger page's state: the functions and whether each is debugged, the breakpoints, what is stopped and which
 * stop is selected. Reads snapshots on the UI thread when the feed says the debugger changed; runs every command on a
 * background thread and shows a failure as a notice.
 */
public final class DebuggerViewModel implements Session.Listener {
  private final UiThreads threads;
  private final Notices notices;
  private final ObservableList<FunctionDebugState> functions = FXCollections.observableArrayList();
  private final ObservableList<Breakpoint> breakpoints = FXCollections.observableArrayList();
  private final ObservableList<Stopped> stopped = FXCollections.observableArrayList();
  private final ObservableList<String> watches = FXCollections.observableArrayList();
  private final ObservableList<FunctionDebugState> functionsView = FXCollections.unmodifiableObservableList(functions);
  private final ObservableList<Breakpoint> breakpointsView = FXCollections.unmodifiableObservableList(breakpoints);
  private final ObservableList<Stopped> stoppedView = FXCollections.unmodifiableObservableList(stopped);
  private final ObservableList<String> watchesView = FXCollections.unmodifiableObservableList(watches);
  private final ReadOnlyObjectWrapper<Optional<Stopped>> selected = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<LiveProject>> live = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<PauseLatency>> pauseLatency = new ReadOnlyObjectWrapper<>(Optional.empty());
  private long pauseSeenAtMicros;
  private Set<String> seen = Set.of();
  private Runnable onNewStop = () -> { };

  public DebuggerViewModel(UiThreads threads, Notices notices) {
    this.threads = threads;
    this.notices = notices;
  }

  @Override
  public void started(LiveProject project) {
    live.set(Optional.of(project));
    project.feed().listen(this::accept);
    refresh();
  }

  @Override
  public void stopped() {
    live.set(Optional.empty());
    functions.clear();
    stopped.clear();
    selected.set(Optional.empty());
    seen = Set.of();
  }

  /** Called with every new stop (a pause or a held event), after it is selected: the window brings the page forward. */
  public void onNewStop(Runnable action) {
    this.onNewStop = action;
  }

  void accept(FeedBatch batch) {
    if (batch.touched().contains(Touched.DEBUGGER)) {
      refresh();
    }
  }

  /** Reads the debugger's state again (in-memory records; no runtime is asked). */
  public void refresh() {
    Optional<Debugger> debugger = debugger();
    if (debugger.isEmpty()) {
      return;
    }
    DebugSnapshot snapshot = debugger.get().snapshot();
    functions.setAll(snapshot.functions());
    breakpoints.setAll(snapshot.breakpoints());
    watches.setAll(snapshot.watches());
    List<Stopped> now = new ArrayList<>();
    snapshot.paused().forEach(p -> now.add(new Stopped.Code(p)));
    snapshot.heldEvents().forEach(e -> now.add(new Stopped.Event(e)));
    now.sort(Comparator.comparingLong(Stopped::sinceMicros));
    stopped.setAll(now);
    Optional<Stopped> fresh = now.stream().filter(s -> !seen.contains(key(s))).reduce((a, b) -> b);
    seen = now.stream().map(DebuggerViewModel::key).collect(Collectors.toSet());
    String selectedId = selected.get().map(Stopped::id).orElse("");
    Optional<Stopped> keep = now.stream().filter(s -> s.id().equals(selectedId)).findFirst();
    selected.set(fresh.or(() -> keep).or(() -> now.stream().findFirst()));
    if (fresh.isPresent()) {
      pauseSeenAtMicros = Clock.nowMicros();
      onNewStop.run();
    }
  }

  /** A stop's identity across snapshots: a step makes a new pause of the same instance. */
  private static String key(Stopped s) {
    return s.id() + "@" + s.sinceMicros();
  }

  public void select(Stopped stop) {
    selected.set(Optional.of(stop));
  }

  public void setDebugging(String function, boolean on) {
    command("Turning debugging " + (on ? "on" : "off") + " for " + function, d -> d.setDebugging(function, on));
  }

  public void setBreakOnError(String function, boolean on) {
    command("Changing break on error for " + function, d -> d.setBreakOnError(function, on));
  }

  /** Sets a breakpoint at {@code line} of {@code file}, or removes the one there. */
  public void toggleLine(Path file, int line) {
    Optional<CodeBreakpoint> there = codeBreakpoint(file, line);
    if (there.isPresent()) {
      remove(there.get().id());
    } else {
      add(new CodeBreakpoint("new", true, file.toString(), line, Optional.empty(), 1, Optional.empty()));
    }
  }

  /** The code breakpoint at {@code line} of {@code file} (relative breakpoint paths start at the project folder). */
  public Optional<CodeBreakpoint> codeBreakpoint(Path file, int line) {
    return codeBreakpoints(file).stream().filter(b -> b.line() == line).findFirst();
  }

  public List<CodeBreakpoint> codeBreakpoints(Path file) {
    Path root = live.get().map(l -> l.project().root()).orElse(Path.of(""));
    return breakpoints.stream().filter(b -> b instanceof CodeBreakpoint).map(b -> (CodeBreakpoint) b)
        .filter(b -> root.resolve(b.file()).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())).toList();
  }

  public void add(Breakpoint breakpoint) {
    command("Adding the breakpoint", d -> d.addBreakpoint(breakpoint));
  }

  public void replace(String id, Breakpoint breakpoint) {
    command("Changing breakpoint " + id, d -> d.replaceBreakpoint(id, breakpoint));
  }

  public void enable(String id, boolean enabled) {
    command((enabled ? "Enabling" : "Disabling") + " breakpoint " + id, d -> d.enableBreakpoint(id, enabled));
  }

  public void remove(String id) {
    command("Removing breakpoint " + id, d -> d.removeBreakpoint(id));
  }

  public void addEventBreakpoint(EventBreakpoint breakpoint) {
    add(breakpoint);
  }

  public void setWatches(List<String> expressions) {
    command("Changing the watches", d -> d.setWatches(expressions));
  }

  /** Runs {@code action} on a background thread (it may wait for a debugged process); a failure becomes a notice. */
  void command(String what, Consumer<Debugger> action) {
    Optional<Debugger> debugger = debugger();
    if (debugger.isEmpty()) {
      return;
    }
    threads.background().execute(() -> {
      try {
        action.accept(debugger.get());
      } catch (RuntimeException e) {
        threads.fx().execute(() -> notices.show(Notice.error(what + " failed: " + e.getMessage())));
      }
    });
  }

  Optional<Debugger> debugger() {
    return live.get().map(l -> l.emulator().debugger());
  }

  /** The function's template entry and the project folder, for finding its sources. */
  public Optional<FunctionSpec> spec(String function) {
    return live.get().flatMap(l -> l.project().functions().stream().filter(f -> f.functionName().equals(function)).findFirst());
  }

  public Path projectRoot() {
    return live.get().map(l -> l.project().root()).orElse(Path.of("").toAbsolutePath());
  }

  UiThreads threads() {
    return threads;
  }

  /** The view drew {@code paused}'s line and panel in the frame laid out at {@code atMicros}. */
  void pauseShown(PausedInvocation paused, long atMicros) {
    pauseLatency.set(Optional.of(new PauseLatency(pauseSeenAtMicros - paused.pausedAtMicros(), atMicros - paused.pausedAtMicros())));
  }

  /** How long the latest pause took to reach this model and the screen. */
  public ReadOnlyObjectProperty<Optional<PauseLatency>> pauseLatencyProperty() {
    return pauseLatency.getReadOnlyProperty();
  }

  public ObservableList<FunctionDebugState> functions() {
    return functionsView;
  }

  public ObservableList<Breakpoint> breakpoints() {
    return breakpointsView;
  }

  public ObservableList<Stopped> stoppedList() {
    return stoppedView;
  }

  public ObservableList<String> watches() {
    return watchesView;
  }

  public ReadOnlyObjectProperty<Optional<Stopped>> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<LiveProject>> liveProperty() {
    return live.getReadOnlyProperty();
  }
}
