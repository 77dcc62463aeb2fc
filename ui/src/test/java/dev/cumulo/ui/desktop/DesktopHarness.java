package dev.cumulo.ui.desktop;

import dev.cumulo.ui.DesktopApp;
import dev.cumulo.ui.DesktopLaunch;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.SessionState;
import dev.cumulo.ui.testing.Fx;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The real desktop app on a headless stage, opened on a project with free ports; closing it stops the emulator. */
final class DesktopHarness implements AutoCloseable {
  private final DesktopApp app;
  private final Stage stage;

  private DesktopHarness(DesktopApp app, Stage stage) {
    this.app = app;
    this.stage = stage;
  }

  static DesktopHarness open(Optional<Path> template, Path prefsDir, LaunchSettings settings) throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    DesktopLaunch launch = new DesktopLaunch(template, Optional.empty(), settings,
        new PrefsStore(prefsDir.resolve("desktop.properties")), false);
    DesktopApp app = Fx.get(() -> new DesktopApp(launch, UiThreads.javafx()));
    Fx.run(() -> app.show(stage));
    return new DesktopHarness(app, stage);
  }

  static DesktopHarness open(Path template, Path prefsDir) throws Exception {
    return open(Optional.of(template), prefsDir, LaunchSettings.freePorts());
  }

  DesktopHarness awaitRunning() {
    Fx.waitUntil("the emulator runs", 60, () -> app.session().stateProperty().get() == SessionState.RUNNING);
    return this;
  }

  /** Invokes {@code function} through the Resources page's dialog with its default event; the request id it selects. */
  String invokeFromResourcesPage(FxRobot robot, String function) {
    robot.clickOn("#nav-resources");
    robot.clickOn("#invoke-" + function);
    Fx.waitUntil("the invoke dialog shows", 10, () -> robot.lookup("#invoke-send").tryQuery().isPresent());
    robot.clickOn("#invoke-send");
    Fx.waitUntil("an invocation is selected", 10, () -> app.selection().requestId().isPresent());
    return Fx.get(() -> app.selection().requestId().orElseThrow());
  }

  DesktopApp app() {
    return app;
  }

  Stage stage() {
    return stage;
  }

  @Override
  public void close() throws java.util.concurrent.TimeoutException {
    Fx.run(() -> {
      app.shutdown();
      stage.hide();
    });
    FxToolkit.cleanupStages();
  }
}
