package dev.cumulo.ui;

import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the desktop app. This class is not a JavaFX {@code Application}: a main class that extends one is refused
 * when JavaFX is on the class path rather than the module path, as it is in Cumulo's single jar.
 */
public final class DesktopLauncher {
  /**
   * JavaFX warns at every start that it was loaded from the class path, the way this single jar is meant to run; the
   * warning would only alarm users. Held here: a logger nobody references can be collected, and its filter with it.
   */
  private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

  private DesktopLauncher() {}

  /** Opens the window and returns when it is closed. */
  public static void launch(DesktopLaunch launch) {
    quietClassPathWarning();
    CumuloDesktop.prepare(launch);
    Application.launch(CumuloDesktop.class);
  }

  static void quietClassPathWarning() {
    JAVAFX_LOG.setFilter(log -> log.getMessage() == null || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
  }
}
