package dev.cumulo.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the desktop app remembers between runs: where the window was, how the panes were split, the view and theme in
 * use, and the projects opened lately (newest first).
 */
public record DesktopPrefs(
    double x,
    double y,
    double width,
    double height,
    boolean maximized,
    double inspectorDivider,
    String page,
    String theme,
    List<String> recentProjects) {

  public static final int RECENT_KEPT = 10;

  public static DesktopPrefs defaults() {
    return new DesktopPrefs(Double.NaN, Double.NaN, 1400, 880, false, 0.62, "timeline", "LIGHT", List.of());
  }

  public DesktopPrefs {
    recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
    page = page == null ? "timeline" : page;
    theme = theme == null ? "LIGHT" : theme;
    width = width < 400 ? 1400 : width;
    height = height < 300 ? 880 : height;
    inspectorDivider = inspectorDivider <= 0.1 || inspectorDivider >= 0.95 ? 0.62 : inspectorDivider;
  }

  /** The list with {@code template} first, without duplicates, at most {@link #RECENT_KEPT} long. */
  public DesktopPrefs withRecent(Path template) {
    String path = template.toAbsolutePath().normalize().toString();
    List<String> recent = new ArrayList<>();
    recent.add(path);
    recentProjects.stream().filter(p -> !p.equals(path)).limit(RECENT_KEPT - 1).forEach(recent::add);
    return new DesktopPrefs(x, y, width, height, maximized, inspectorDivider, page, theme, recent);
  }

  public DesktopPrefs withWindow(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
    return new DesktopPrefs(newX, newY, newWidth, newHeight, isMaximized, inspectorDivider, page, theme, recentProjects);
  }

  public DesktopPrefs withLayout(double divider, String newPage, String newTheme) {
    return new DesktopPrefs(x, y, width, height, maximized, divider, newPage, newTheme, recentProjects);
  }
}
