package dev.cumulo.ui.prefs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@link DesktopPrefs} in a small JSON file ({@code desktop.json} in the user's config folder). A missing or
 * damaged file gives the defaults; a write goes to a temporary file that replaces the old one, so a crash mid-write
 * leaves the previous settings.
 */
public final class PrefsStore {
  private static final Logger LOG = Logger.getLogger(PrefsStore.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;

  public PrefsStore(Path file) {
    this.file = file;
  }

  /** $XDG_CONFIG_HOME/cumulo/desktop.json, or ~/.config/cumulo/desktop.json. */
  public static PrefsStore inUserConfig() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return new PrefsStore(base.resolve("cumulo").resolve("desktop.json"));
  }

  public Path file() {
    return file;
  }

  public DesktopPrefs load() {
    if (!Files.isRegularFile(file)) {
      return DesktopPrefs.defaults();
    }
    try {
      return MAPPER.readValue(file.toFile(), DesktopPrefs.class);
    } catch (IOException e) {
      LOG.log(Level.INFO, "Ignoring unreadable settings in " + file, e);
      return DesktopPrefs.defaults();
    }
  }

  public void save(DesktopPrefs prefs) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      MAPPER.writeValue(temp.toFile(), prefs);
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
