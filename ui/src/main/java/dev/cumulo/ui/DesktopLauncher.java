package dev.cumulo.ui;

import javafx.application.Application;

/**
 * Starts the desktop app. This class is not a JavaFX {@code Application}: a main class that extends one is refused
 * when JavaFX is on the class path rather than the module path, as it is in Cumulo's single jar.
 */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  /** Opens the window and returns when it is closed. */
  public static void launch(DesktopLaunch launch) {
    CumuloDesktop.prepare(launch);
    Application.launch(CumuloDesktop.class);
  }
}
