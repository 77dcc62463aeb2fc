package dev.cumulo.ui;

import dev.cumulo.ui.common.UiThreads;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started through {@link DesktopLauncher}, which hands over the {@link DesktopLaunch} (JavaFX
 * instantiates this class itself, so it cannot take constructor arguments).
 */
public final class CumuloDesktop extends Application {
  private static volatile DesktopLaunch pending;
  private DesktopApp app;

  static void prepare(DesktopLaunch launch) {
    pending = launch;
  }

  @Override
  public void start(Stage stage) {
    DesktopLaunch launch = pending;
    app = new DesktopApp(launch, UiThreads.javafx());
    if (launch.exitAfterFirstFrame()) {
      reportFirstFrame(stage);
    }
    app.show(stage);
  }

  /** Prints the time from process start to the first laid-out frame of the main window, then quits. */
  private static void reportFirstFrame(Stage stage) {
    stage.sceneProperty().addListener((o, was, scene) -> scene.addPostLayoutPulseListener(new Runnable() {
      private boolean done;

      @Override
      public void run() {
        if (done || !stage.isShowing()) {
          return;
        }
        done = true;
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long millis = Duration.between(started, Instant.now()).toMillis();
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("first frame after " + millis + " ms (CPU " + cpu + " ms)");
        Platform.runLater(Platform::exit);
      }
    }));
  }

  @Override
  public void stop() {
    if (app != null) {
      app.shutdown();
    }
  }
}
