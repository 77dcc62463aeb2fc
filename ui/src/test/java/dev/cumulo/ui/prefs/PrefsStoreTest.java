package dev.cumulo.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefsStoreTest {
  @TempDir Path dir;

  @Test
  void windowLayoutAndRecentProjectsSurviveARestart() {
    PrefsStore store = new PrefsStore(dir.resolve("cumulo/desktop.properties"));
    DesktopPrefs saved = DesktopPrefs.defaults().withWindow(10, 20, 1200, 800, true).withLayout(0.7, "logs", "DARK")
        .withRecent(dir.resolve("a/template.yaml"));
    store.save(saved);

    assertEquals(saved, new PrefsStore(dir.resolve("cumulo/desktop.properties")).load());
  }

  @Test
  void anUnknownWindowPositionStaysUnknown() {
    PrefsStore store = new PrefsStore(dir.resolve("desktop.properties"));
    store.save(DesktopPrefs.defaults());

    DesktopPrefs loaded = store.load();

    assertEquals(List.of(true, true), List.of(Double.isNaN(loaded.x()), Double.isNaN(loaded.y())));
  }

  @Test
  void theNewestProjectComesFirstOnceAndTheListStaysShort() {
    DesktopPrefs prefs = DesktopPrefs.defaults();
    for (int i = 0; i < 12; i++) {
      prefs = prefs.withRecent(dir.resolve("p" + i + "/template.yaml"));
    }
    prefs = prefs.withRecent(dir.resolve("p5/template.yaml"));

    assertEquals(DesktopPrefs.RECENT_KEPT, prefs.recentProjects().size());
    assertEquals(List.of(dir.resolve("p5/template.yaml").toString(), dir.resolve("p11/template.yaml").toString()),
        prefs.recentProjects().subList(0, 2));
  }

  @Test
  void aDamagedFileGivesTheDefaults() throws Exception {
    Path file = dir.resolve("desktop.properties");
    Files.writeString(file, "window.width=wide\n");

    assertEquals(DesktopPrefs.defaults(), new PrefsStore(file).load());
  }
}
