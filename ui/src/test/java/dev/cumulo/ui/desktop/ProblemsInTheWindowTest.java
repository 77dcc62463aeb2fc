package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.ui.common.Notice;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.SessionState;
import dev.cumulo.ui.testing.Fx;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/** Errors a user can cause end as a sentence in the window with a way forward, never as a stack trace. */
class ProblemsInTheWindowTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();

  private static List<String> noticeTexts(DesktopHarness desktop) {
    return Fx.get(() -> desktop.app().notices().shown().stream().map(Notice::text).toList());
  }

  @Test
  void aTemplateWithoutTypesIsExplainedWithItsLine() throws Exception {
    Path broken = TestProject.broken(dir.resolve("broken"));
    try (DesktopHarness desktop = DesktopHarness.open(broken, dir.resolve("config"))) {
      Fx.waitUntil("the start fails", 30, () -> desktop.app().session().stateProperty().get() == SessionState.FAILED);

      List<String> notices = noticeTexts(desktop);
      assertEquals(1, notices.size(), notices.toString());
      assertTrue(notices.get(0).startsWith("The template cannot be used: " + broken + ":3: resource Broken: the resource has no Type"),
          notices.get(0));
      assertTrue(robot.lookup(".notice-text").queryAs(Label.class).isVisible());
      assertFalse(notices.get(0).contains("Exception"), "no stack trace or exception name: " + notices.get(0));
    }
  }

  @Test
  void aTakenPortIsExplainedAndFreePortsAreOneClickAway() throws Exception {
    Path template = TestProject.write(dir.resolve("project"));
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        DesktopHarness desktop = DesktopHarness.open(Optional.of(template), dir.resolve("config"),
            LaunchSettings.freePorts().withPorts(taken.getLocalPort(), 0))) {
      Fx.waitUntil("the start fails", 30, () -> desktop.app().session().stateProperty().get() == SessionState.FAILED);
      assertEquals(List.of("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use by another program. "
          + "Stop that program, or start Cumulo on free ports."), noticeTexts(desktop));

      Fx.waitUntil("the way out is on screen", 10, () -> robot.lookup("Start on free ports").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
      robot.clickOn("Start on free ports");

      desktop.awaitRunning();
      assertEquals(List.of(), noticeTexts(desktop));
    }
  }

  @Test
  void anEventThatIsNotJsonIsRefusedInTheDialog() throws Exception {
    try (DesktopHarness desktop = DesktopHarness.open(TestProject.write(dir.resolve("project")), dir.resolve("config")).awaitRunning()) {
      robot.clickOn("#nav-resources");
      robot.clickOn("#invoke-greeter");
      Fx.waitUntil("the dialog shows", 10, () -> robot.lookup("#invoke-send").tryQuery().isPresent());
      robot.clickOn(".dialog-pane .code-view");
      robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
      robot.write("{\"name\": ");

      robot.clickOn("#invoke-send");

      String problem = robot.lookup("#invoke-problem").queryAs(Label.class).getText();
      assertTrue(problem.startsWith("The event is not valid JSON: "), problem);
      assertEquals(Optional.empty(), Fx.get(() -> desktop.app().selection().requestId()), "nothing was invoked");
      robot.clickOn("Cancel");
    }
  }
}
