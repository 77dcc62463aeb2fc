package dev.cumulo.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.ui.common.Notices;
import dev.cumulo.ui.common.UiThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
  @TempDir Path dir;
  private final Notices notices = new Notices();
  private final Session session = new Session(UiThreads.direct(), notices, LaunchSettings.freePorts());
  private final List<String> told = new ArrayList<>();

  private Path project(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("template.yaml"), "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
    return folder.resolve("template.yaml");
  }

  @AfterEach
  void closeSession() {
    session.close();
  }

  private void listen() {
    session.addListener(new Session.Listener() {
      @Override
      public void started(LiveProject live) {
        told.add("started " + live.project().template().getParent().getFileName());
      }

      @Override
      public void stopped() {
        told.add("stopped");
      }
    });
  }

  @Test
  void openingAProjectStartsItsEmulator() throws Exception {
    listen();
    session.open(project("one"));

    assertEquals(SessionState.RUNNING, session.stateProperty().get());
    assertTrue(session.live().orElseThrow().emulator().edgeUrl().startsWith("http://127.0.0.1:"));
    assertEquals(List.of("started one"), told);
  }

  @Test
  void stopThenStartRunsAFreshEmulatorOnTheSameProject() throws Exception {
    listen();
    session.open(project("one"));
    session.stop();
    assertEquals(SessionState.STOPPED, session.stateProperty().get());

    session.start();

    assertEquals(SessionState.RUNNING, session.stateProperty().get());
    assertEquals(List.of("started one", "stopped", "started one"), told);
  }

  @Test
  void openingAnotherProjectStopsTheFirst() throws Exception {
    listen();
    session.open(project("one"));

    session.open(project("two"));

    assertEquals(List.of("started one", "stopped", "started two"), told);
    assertEquals(dir.resolve("two/template.yaml"), session.templateProperty().get().orElseThrow());
  }

  @Test
  void aMissingTemplateLeavesTheSessionReadyToTryAgain() {
    session.open(dir.resolve("nowhere/template.yaml"));

    assertEquals(SessionState.FAILED, session.stateProperty().get());
    assertTrue(notices.shown().get(0).text().startsWith("The template cannot be used: "), notices.shown().get(0).text());
    assertTrue(session.stateProperty().get().canStart());
  }
}
