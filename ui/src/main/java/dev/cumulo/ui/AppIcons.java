package dev.cumulo.ui;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Cumulo's window icon at the sizes window managers pick from (rendered from icons/cumulo.svg). */
final class AppIcons {
  /** The sizes window managers ask for most; each is scaled when the window is decorated, so fewer start faster. */
  private static final int[] SIZES = {16, 32, 48, 128};

  private AppIcons() {}

  static void addTo(Stage stage) {
    for (int size : SIZES) {
      try (InputStream in = AppIcons.class.getResourceAsStream("/dev/cumulo/ui/icons/cumulo-" + size + ".png")) {
        if (in != null) {
          stage.getIcons().add(new Image(in));
        }
      } catch (java.io.IOException e) {
        // a missing size is no reason not to start; the window manager scales another
      }
    }
  }
}
