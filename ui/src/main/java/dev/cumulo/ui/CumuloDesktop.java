package dev.cumulo.ui;

import dev.cumulo.ui.common.UiThreads;
import java.time.Duration;
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

  /**
   * Prints a line at the first laid-out frame of the main window, with this process's id and CPU time so far, then quits. The
   * elapsed time is taken by whoever started the process: the process's own start time is known only to within a
   * second on Linux.
   */
  private static void reportFirstFrame(Stage stage) {
    stage.sceneProperty().addListener((o, was, scene) -> scene.addPostLayoutPulseListener(new Runnable() {
      private boolean done;

      @Override
      public void run() {
        if (done || !stage.isShowing()) {
          return;
        }
        done = true;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("first frame (pid " + ProcessHandle.current().pid() + ", CPU " + cpu + " ms)");
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
