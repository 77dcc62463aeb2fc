package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.ui.testing.Clients;
import dev.cumulo.ui.testing.Fx;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Browsing a bucket in the window: folders, an object's metadata and its preview. */
class StorageWindowTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();

  @Test
  void anObjectWrittenWithTheSdkCanBeFoundAndPreviewed() throws Exception {
    try (DesktopHarness desktop = DesktopHarness.open(TestProject.write(dir.resolve("project")), dir.resolve("config")).awaitRunning();
        S3Client s3 = Clients.s3(desktop.app().session().live().orElseThrow().emulator().edgeUrl())) {
      s3.putObject(b -> b.bucket("test-uploads").key("reports/summary.json").contentType("application/json"),
          RequestBody.fromString("{\"orders\":42}"));

      robot.clickOn("#nav-storage");
      Fx.waitUntil("the bucket lists its folder", 20, () -> robot.lookup("#storage-entries").queryTableView().getItems().size() == 1);
      robot.doubleClickOn("📁 reports/");
      Fx.waitUntil("the folder lists its object", 20, () -> robot.lookup("summary.json").tryQuery().isPresent());
      robot.clickOn("summary.json");

      Fx.waitUntil("the preview shows the JSON", 20, () -> robot.lookup(".code-view").queryAll().stream()
          .anyMatch(n -> n instanceof org.fxmisc.richtext.CodeArea a && a.getText().contains("\"orders\" : 42")));
      assertTrue(robot.lookup("#storage-metadata").lookup("application/json").tryQuery().isPresent(), "the content type is shown");
      assertTrue(robot.lookup("#storage-metadata").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
          .anyMatch(n -> n instanceof Label l && l.getText().equals("reports/summary.json")));
    }
  }
}
