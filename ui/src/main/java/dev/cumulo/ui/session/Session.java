package dev.cumulo.ui.session;

import dev.cumulo.emulator.Emulator;
import dev.cumulo.project.Project;
import dev.cumulo.project.TemplateReader;
import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.feed.EmulatorFeed;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open project and its emulator: open, start, stop, restart. Reading the template and starting or stopping the
 * emulator happen on a background thread; state changes and listener calls happen on the UI thread. A failure becomes
 * a {@link Notice}, and the session stays usable (fix the template, free the port, start again).
 */
public final class Session {
  private static final Logger LOG = Logger.getLogger(Session.class.getName());

  /** Told when a project's emulator starts and stops; views attach to the feed in {@code started}. */
  public interface Listener {
    void started(LiveProject live);

    void stopped();
  }

  private final UiThreads threads;
  private final Notices notices;
  private LaunchSettings settings;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>(SessionState.NO_PROJECT);
  private final ReadOnlyObjectWrapper<Optional<Path>> template = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final ReadOnlyObjectWrapper<Optional<LiveProject>> live = new ReadOnlyObjectWrapper<>(Optional.empty());
  private long generation;

  public Session(UiThreads threads, Notices notices, LaunchSettings settings) {
    this.threads = threads;
    this.notices = notices;
    this.settings = settings;
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /** Opens a project: stops the running one, then starts the emulator on {@code templatePath}. */
  public void open(Path templatePath) {
    Path path = templatePath.toAbsolutePath().normalize();
    stopThen(() -> {
      template.set(Optional.of(path));
      startNow();
    });
  }

  public void start() {
    if (template.get().isPresent() && state.get().canStart()) {
      startNow();
    }
  }

  public void stop() {
    if (state.get().canStop()) {
      stopThen(() -> { });
    }
  }

  public void restart() {
    if (template.get().isPresent() && (state.get().canStop() || state.get().canStart())) {
      stopThen(this::startNow);
    }
  }

  /** Starts again with free ports, for when the usual ones are taken. */
  public void restartOnFreePorts() {
    settings = settings.withPorts(0, 0);
    restart();
  }

  private void startNow() {
    Path path = template.get().orElseThrow();
    long attempt = ++generation;
    state.set(SessionState.STARTING);
    LaunchSettings launch = settings;
    threads.background().execute(() -> {
      try {
        Project project = TemplateReader.read(path, TemplateReader.Options.defaults()
            .withEdgeUrl("http://127.0.0.1:" + (launch.edgePort() == 0 ? 4566 : launch.edgePort())));
        Emulator emulator = Emulator.start(launch.config(LaunchSettings.dataDir(path)), project);
        threads.fx().execute(() -> started(attempt, project, emulator));
      } catch (RuntimeException e) {
        LOG.log(Level.INFO, "Could not start " + path, e);
        threads.fx().execute(() -> failed(attempt, e));
      }
    });
  }

  private void started(long attempt, Project project, Emulator emulator) {
    if (attempt != generation) {
      threads.background().execute(emulator::close);
      return;
    }
    EmulatorFeed feed = EmulatorFeed.attach(emulator, threads.paced());
    LiveProject opened = new LiveProject(project, emulator, feed, System.currentTimeMillis() * 1000);
    live.set(Optional.of(opened));
    state.set(SessionState.RUNNING);
    project.warnings().forEach(w -> notices.show(Notice.warning(w)));
    for (Listener listener : listeners) {
      try {
        listener.started(opened);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A view failed to attach to the project", e);
      }
    }
  }

  private void failed(long attempt, RuntimeException e) {
    if (attempt != generation) {
      return;
    }
    state.set(SessionState.FAILED);
    Notice notice = Notice.error(Problems.describe(e));
    if (Problems.isPortInUse(e)) {
      notice = notice.withAction("Start on free ports", this::restartOnFreePorts);
    }
    notices.show(notice);
  }

  /** Stops the running emulator (if any) off the UI thread, then runs {@code next} on the UI thread. */
  private void stopThen(Runnable next) {
    Optional<LiveProject> running = live.get();
    generation++;
    if (running.isEmpty()) {
      if (state.get() != SessionState.NO_PROJECT || template.get().isPresent()) {
        state.set(template.get().isPresent() ? SessionState.STOPPED : SessionState.NO_PROJECT);
      }
      next.run();
      return;
    }
    state.set(SessionState.STOPPING);
    live.set(Optional.empty());
    running.get().feed().close();
    listeners.forEach(Listener::stopped);
    threads.background().execute(() -> {
      running.get().emulator().close();
      threads.fx().execute(() -> {
        state.set(SessionState.STOPPED);
        next.run();
      });
    });
  }

  /** Stops everything now, on the calling thread: the window is closing. */
  public void close() {
    generation++;
    live.get().ifPresent(p -> {
      p.feed().close();
      p.emulator().close();
    });
    live.set(Optional.empty());
  }

  public ReadOnlyObjectProperty<SessionState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<Path>> templateProperty() {
    return template.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<LiveProject>> liveProperty() {
    return live.getReadOnlyProperty();
  }

  public Optional<LiveProject> live() {
    return live.get();
  }
}
