package dev.cumulo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DesktopLauncherTest {
  @Test
  void javaFxsClassPathWarningIsQuietAndItsOtherWarningsAreNot() {
    Logger javafx = Logger.getLogger("javafx");
    List<String> shown = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord log) {
        shown.add(log.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    javafx.addHandler(capture);
    try {
      DesktopLauncher.quietClassPathWarning();
      javafx.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
      javafx.warning("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21");
    } finally {
      javafx.removeHandler(capture);
      javafx.setFilter(null);
    }

    assertEquals(List.of("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21"), shown);
  }
}
