package dev.cumulo.ui.prefs;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link DesktopPrefs} in a small properties file ({@code desktop.properties} in the user's config folder),
 * read before the window opens; a properties file needs no JSON library loaded at that moment. A missing or damaged
 * file gives the defaults; a write goes to a temporary file that replaces the old one, so a crash mid-write leaves the
 * previous settings.
 */
public final class PrefsStore {
  private static final Logger LOG = Logger.getLogger(PrefsStore.class.getName());

  private final Path file;

  public PrefsStore(Path file) {
    this.file = file;
  }

  /** $XDG_CONFIG_HOME/cumulo/desktop.properties, or ~/.config/cumulo/desktop.properties. */
  public static PrefsStore inUserConfig() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return new PrefsStore(base.resolve("cumulo").resolve("desktop.properties"));
  }

  public Path file() {
    return file;
  }

  public DesktopPrefs load() {
    if (!Files.isRegularFile(file)) {
      return DesktopPrefs.defaults();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      DesktopPrefs d = DesktopPrefs.defaults();
      List<String> recent = new ArrayList<>();
      for (int i = 0; p.getProperty("recent." + i) != null; i++) {
        recent.add(p.getProperty("recent." + i));
      }
      return new DesktopPrefs(number(p, "window.x", d.x()), number(p, "window.y", d.y()), number(p, "window.width", d.width()),
          number(p, "window.height", d.height()), Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
          number(p, "inspector.divider", d.inspectorDivider()), p.getProperty("page", d.page()), p.getProperty("theme", d.theme()),
          recent);
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.INFO, "Ignoring unreadable settings in " + file, e);
      return DesktopPrefs.defaults();
    }
  }

  private static double number(Properties p, String key, double fallback) {
    String value = p.getProperty(key);
    return value == null ? fallback : Double.parseDouble(value);
  }

  public void save(DesktopPrefs prefs) {
    Properties p = new Properties();
    p.setProperty("window.x", String.valueOf(prefs.x()));
    p.setProperty("window.y", String.valueOf(prefs.y()));
    p.setProperty("window.width", String.valueOf(prefs.width()));
    p.setProperty("window.height", String.valueOf(prefs.height()));
    p.setProperty("window.maximized", String.valueOf(prefs.maximized()));
    p.setProperty("inspector.divider", String.valueOf(prefs.inspectorDivider()));
    p.setProperty("page", prefs.page());
    p.setProperty("theme", prefs.theme());
    for (int i = 0; i < prefs.recentProjects().size(); i++) {
      p.setProperty("recent." + i, prefs.recentProjects().get(i));
    }
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "Cumulo desktop settings");
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not save settings to " + file, e);
    }
  }
}
