package dev.cumulo.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.cumulo.ui.timeline.TimelinePalette;
import javafx.application.Application;

/** The two looks of the window: AtlantaFX's Primer themes plus Cumulo's own style sheet and timeline colours. */
public enum Theme {
  LIGHT,
  DARK;

  public static final String APP_CSS = Theme.class.getResource("/dev/cumulo/ui/cumulo.css").toExternalForm();

  /** The theme saved as {@code name}, light when unknown. */
  public static Theme of(String name) {
    return "DARK".equals(name) ? DARK : LIGHT;
  }

  /**
   * Applies the theme to every window of the application; needs the FX toolkit. Applied before the first control is
   * made, it also spares JavaFX from loading its own default style sheet. The precompiled (binary) form of the theme
   * loads several times faster than its text.
   */
  public void apply() {
    Application.setUserAgentStylesheet(this == LIGHT
        ? new PrimerLight().getUserAgentStylesheetBSS()
        : new PrimerDark().getUserAgentStylesheetBSS());
  }

  public TimelinePalette palette() {
    return this == LIGHT ? TimelinePalette.LIGHT : TimelinePalette.DARK;
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  /** The style class put on the root, for the few rules that differ between themes. */
  public String styleClass() {
    return this == LIGHT ? "theme-light" : "theme-dark";
  }
}
