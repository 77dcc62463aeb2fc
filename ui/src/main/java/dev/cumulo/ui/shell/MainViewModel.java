package dev.cumulo.ui.shell;

import dev.cumulo.cost.session.SessionTotals;
import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.feed.FeedBatch;
import dev.cumulo.ui.prefs.DesktopPrefs;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LiveProject;
import dev.cumulo.ui.session.Session;
import dev.cumulo.ui.traffic.TrafficGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the session (project and emulator), the theme, the page shown, the recent projects, the
 * totals and the session's cost in the status bar, and the commands of the tool bar.
 */
public final class MainViewModel implements Session.Listener {
  private final Session session;
  private final Notices notices;
  private final PrefsStore store;
  private final TrafficGenerator traffic;
  private final Optional<Supplier<Path>> demo;
  private DesktopPrefs prefs;
  private final ReadOnlyObjectWrapper<Theme> theme;
  private final ReadOnlyStringWrapper page;
  private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(Totals.NONE);
  private final ReadOnlyObjectWrapper<SessionTotals> sessionCost = new ReadOnlyObjectWrapper<>(SessionTotals.NONE);
  private final ReadOnlyStringWrapper edgeUrl = new ReadOnlyStringWrapper("");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  /** One read-only view, kept: listeners on a view are held weakly by the list behind it. */
  private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
  private final ReadOnlyStringWrapper projectTitle = new ReadOnlyStringWrapper("Open a project");

  /** {@code prefs} are those {@code store} held when the app started. */
  public MainViewModel(Session session, Notices notices, PrefsStore store, DesktopPrefs prefs, TrafficGenerator traffic,
      Optional<Supplier<Path>> demo) {
    this.session = session;
    this.notices = notices;
    this.store = store;
    this.traffic = traffic;
    this.demo = demo;
    this.prefs = prefs;
    this.theme = new ReadOnlyObjectWrapper<>(Theme.of(prefs.theme()));
    this.page = new ReadOnlyStringWrapper(prefs.page());
    prefs.recentProjects().stream().map(Path::of).filter(Files::isRegularFile).forEach(recent::add);
    session.addListener(this);
    session.templateProperty().addListener((o, was, now) -> {
      now.ifPresent(this::remember);
      projectTitle.set(now.map(this::title).orElse("Open a project"));
    });
  }

  @Override
  public void started(LiveProject live) {
    totals.set(Totals.NONE);
    sessionCost.set(SessionTotals.NONE);
    edgeUrl.set(live.emulator().edgeUrl());
    live.feed().listen(this::accept);
  }

  @Override
  public void stopped() {
    edgeUrl.set("");
  }

  private void accept(FeedBatch batch) {
    Totals t = totals.get();
    for (var r : batch.invocations()) {
      t = t.plus(r);
    }
    totals.set(t);
    refreshSessionCost();
  }

  /**
   * Reads the running emulator's session cost (a copy taken under the meter's lock). Called per delivered batch and
   * by the status bar's clock, so it follows service requests too and never runs once per event.
   */
  public void refreshSessionCost() {
    session.live().ifPresent(l -> {
      SessionTotals now = l.emulator().sessionCost().totals();
      if (!now.equals(sessionCost.get())) {
        sessionCost.set(now);
      }
    });
  }

  private boolean isDemo(Path template) {
    return demo.isPresent() && template.startsWith(demo.get().get().getParent());
  }

  /** "Demo project", or the project's folder and template file names. */
  private String title(Path template) {
    if (isDemo(template)) {
      return "Demo project";
    }
    Path folder = template.getParent();
    return folder == null || folder.getFileName() == null ? template.toString() : folder.getFileName() + " — " + template.getFileName();
  }

  private void remember(Path template) {
    if (isDemo(template)) {
      return;
    }
    prefs = prefs.withRecent(template);
    recent.setAll(prefs.recentProjects().stream().map(Path::of).toList());
    store.save(prefs);
  }

  public void open(Path template) {
    notices.clear();
    session.open(template);
  }

  public boolean hasDemo() {
    return demo.isPresent();
  }

  public void openDemo() {
    demo.ifPresent(d -> open(d.get()));
  }

  public void generateTraffic() {
    traffic.start(session.live());
  }

  public void toggleTheme() {
    theme.set(theme.get().other());
    theme.get().apply();
  }

  public void show(String pageId) {
    page.set(pageId);
  }

  /** Remembers the window's place and layout for the next start. */
  public void saveLayout(double x, double y, double width, double height, boolean maximized, double divider) {
    prefs = prefs.withWindow(x, y, width, height, maximized).withLayout(divider, page.get(), theme.get().name());
    store.save(prefs);
  }

  public DesktopPrefs prefs() {
    return prefs;
  }

  public Session session() {
    return session;
  }

  public TrafficGenerator traffic() {
    return traffic;
  }

  public ObservableList<Path> recent() {
    return recentView;
  }

  public ReadOnlyObjectProperty<Theme> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty pageProperty() {
    return page.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Totals> totalsProperty() {
    return totals.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SessionTotals> sessionCostProperty() {
    return sessionCost.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty projectTitleProperty() {
    return projectTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty edgeUrlProperty() {
    return edgeUrl.getReadOnlyProperty();
  }
}
