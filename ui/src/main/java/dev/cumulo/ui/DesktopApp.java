package dev.cumulo.ui;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.cost.CostView;
import dev.cumulo.ui.cost.CostViewModel;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.prefs.DesktopPrefs;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.debug.DebuggerView;
import dev.cumulo.ui.debug.DebuggerViewModel;
import dev.cumulo.ui.inspector.InspectorView;
import dev.cumulo.ui.inspector.InspectorViewModel;
import dev.cumulo.ui.logs.LogsView;
import dev.cumulo.ui.logs.LogsViewModel;
import dev.cumulo.ui.metrics.MetricsView;
import dev.cumulo.ui.metrics.MetricsViewModel;
import dev.cumulo.ui.queues.QueuesView;
import dev.cumulo.ui.queues.QueuesViewModel;
import dev.cumulo.ui.resources.ResourcesView;
import dev.cumulo.ui.resources.ResourcesViewModel;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Session;
import dev.cumulo.ui.storage.StorageView;
import dev.cumulo.ui.storage.StorageViewModel;
import dev.cumulo.ui.shell.MainViewModel;
import dev.cumulo.ui.shell.MainWindow;
import dev.cumulo.ui.shell.Navigation;
import dev.cumulo.ui.shell.NoticeBar;
import dev.cumulo.ui.shell.Page;
import dev.cumulo.ui.timeline.TimelineView;
import dev.cumulo.ui.timeline.TimelineViewModel;
import dev.cumulo.ui.traffic.TrafficGenerator;
import dev.cumulo.recorder.InvocationRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The composition root of the desktop app: builds every view model and view, wires them to the session, and puts the
 * main window on a stage. The JavaFX {@code Application} and the TestFX tests both start the app through here.
 */
public final class DesktopApp {
  private static final int HISTORY_ON_OPEN = 20_000;

  private final DesktopLaunch launch;
  private final UiThreads threads;
  private final LongSupplier clock = () -> System.currentTimeMillis() * 1000;
  private final Notices notices = new Notices();
  private final InvocationSelection selection = new InvocationSelection();
  private final Session session;
  private final TimelineViewModel timeline;
  private final InspectorViewModel inspector;
  private final LogsViewModel logs;
  private final ResourcesViewModel resources;
  private final MetricsViewModel metrics;
  private final StorageViewModel storage;
  private final QueuesViewModel queues;
  private final CostViewModel cost;
  private final DebuggerViewModel debugger;
  private final MainViewModel main;
  private final Navigation navigation;
  private final MainWindow window;
  private TimelineView timelineView;
  private DebuggerView debuggerView;

  public DesktopApp(DesktopLaunch launch, UiThreads threads) {
    this.launch = launch;
    this.threads = threads;
    DesktopPrefs prefs = launch.prefs().load();
    Theme.of(prefs.theme()).apply();
    this.session = new Session(threads, notices, launch.settings());
    this.timeline = new TimelineViewModel(clock, selection);
    this.inspector = new InspectorViewModel(threads, selection, notices);
    this.logs = new LogsViewModel(threads, selection);
    this.resources = new ResourcesViewModel(threads, selection, notices);
    this.metrics = new MetricsViewModel(threads, clock);
    this.storage = new StorageViewModel(threads, notices);
    this.queues = new QueuesViewModel(threads, notices);
    this.cost = new CostViewModel(threads);
    this.debugger = new DebuggerViewModel(threads, notices);
    this.main = new MainViewModel(session, notices, launch.prefs(), prefs, new TrafficGenerator(threads, notices), launch.demo());
    session.addListener(timelineListener());
    List.of(inspector, logs, resources, metrics, storage, queues, cost, debugger).forEach(session::addListener);
    debugger.onNewStop(() -> main.show("debugger"));
    this.navigation = new Navigation(main::show);
    addPages();
    this.window = new MainWindow(main, navigation, () -> new InspectorView(inspector, threads).node(), selection, new NoticeBar(notices));
  }

  private void addPages() {
    navigation.add(new Page("timeline", "Timeline", Icon.TIMELINE, () -> timelineView().node()));
    navigation.add(new Page("resources", "Resources", Icon.RESOURCES, () -> new ResourcesView(resources, threads).node()));
    navigation.add(new Page("logs", "Logs", Icon.LOGS, () -> new LogsView(logs).node()));
    navigation.add(new Page("storage", "Storage", Icon.BUCKET, () -> new StorageView(storage, threads).node()));
    navigation.add(new Page("queues", "Queues", Icon.QUEUE, () -> new QueuesView(queues, threads).node()));
    navigation.add(new Page("metrics", "Metrics", Icon.METRICS, () -> new MetricsView(metrics).node()));
    navigation.add(new Page("cost", "Cost", Icon.COST, () -> new CostView(cost).node()));
    navigation.add(new Page("debugger", "Debugger", Icon.BUG, () -> debuggerView().node()));
  }

  private DebuggerView debuggerView() {
    if (debuggerView == null) {
      debuggerView = new DebuggerView(debugger, threads);
    }
    return debuggerView;
  }

  private TimelineView timelineView() {
    if (timelineView == null) {
      timelineView = new TimelineView(timeline, main.themeProperty());
    }
    return timelineView;
  }

  private Session.Listener timelineListener() {
    return new Session.Listener() {
      @Override
      public void started(LiveProject live) {
        timeline.reset();
        timeline.declareFunctions(live.project().functions().stream().map(f -> f.functionName()).toList());
        live.feed().listen(timeline::accept);
        threads.background().execute(() -> {
          List<InvocationRecord> history = readHistory(live);
          threads.fx().execute(() -> timeline.loadHistory(history, live.startedAtMicros()));
        });
      }

      @Override
      public void stopped() {
        // the timeline keeps showing what ran
      }
    };
  }

  private static List<InvocationRecord> readHistory(LiveProject live) {
    try {
      return live.emulator().recorder().recent(Optional.empty(), HISTORY_ON_OPEN);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Puts the window on {@code stage} where it was last time, then opens the project. */
  public void show(Stage stage) {
    var prefs = main.prefs();
    Scene scene = new Scene(window.root(), prefs.width(), prefs.height());
    stage.setScene(scene);
    if (!Double.isNaN(prefs.x()) && !Double.isNaN(prefs.y())) {
      stage.setX(prefs.x());
      stage.setY(prefs.y());
    }
    stage.setMaximized(prefs.maximized());
    stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Cumulo" + session.templateProperty().get()
        .map(t -> " — " + t).orElse(""), session.templateProperty()));
    stage.setOnCloseRequest(e -> main.saveLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
        stage.isMaximized(), window.divider()));
    stage.show();
    afterFirstFrame(scene, () -> {
      AppIcons.addTo(stage);
      launch.template().ifPresent(session::open);
    });
  }

  /**
   * Runs {@code action} once the window's first frame is laid out, so that starting the emulator (seconds of work on
   * other threads) does not compete with putting the window on screen.
   */
  private static void afterFirstFrame(Scene scene, Runnable action) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      scene.removePostLayoutPulseListener(listener[0]);
      javafx.application.Platform.runLater(action);
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  /** Stops the emulator; the window is closing. */
  public void shutdown() {
    session.close();
  }

  public Session session() {
    return session;
  }

  public MainViewModel main() {
    return main;
  }

  public TimelineViewModel timeline() {
    return timeline;
  }

  public InvocationSelection selection() {
    return selection;
  }

  public Notices notices() {
    return notices;
  }

  public QueuesViewModel queues() {
    return queues;
  }

  public StorageViewModel storage() {
    return storage;
  }

  public CostViewModel cost() {
    return cost;
  }

  public MainWindow window() {
    return window;
  }

  public DebuggerViewModel debugger() {
    return debugger;
  }

  public Optional<DebuggerView> debuggerViewIfShown() {
    return Optional.ofNullable(debuggerView);
  }

  public Optional<TimelineView> timelineViewIfShown() {
    return Optional.ofNullable(timelineView);
  }
}
