package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.ui.testing.Fx;
import dev.cumulo.ui.timeline.Bar;
import dev.cumulo.ui.timeline.Row;
import dev.cumulo.ui.timeline.TimelineRenderer;
import dev.cumulo.ui.timeline.TimelineViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real window, driven by a robot: invoke, see the bar, inspect it, filter the logs. */
class TimelineWindowTest {
  @TempDir Path dir;
  private DesktopHarness desktop;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void openProject() throws Exception {
    desktop = DesktopHarness.open(TestProject.write(dir.resolve("project")), dir.resolve("config")).awaitRunning();
  }

  @AfterEach
  void closeWindow() throws Exception {
    desktop.close();
  }

  private Bar awaitFinishedBar(String requestId) {
    TimelineViewModel timeline = desktop.app().timeline();
    Fx.waitUntil("the invocation finishes on the timeline", 60,
        () -> timeline.data().bar(requestId).map(b -> !b.running()).orElse(false));
    return Fx.get(() -> timeline.data().bar(requestId).orElseThrow());
  }

  /** Where a bar's middle is drawn, in screen coordinates. */
  private Point2D screenPointOf(Bar bar) {
    return Fx.get(() -> {
      TimelineViewModel timeline = desktop.app().timeline();
      Node canvas = desktop.app().timelineViewIfShown().orElseThrow().canvas();
      List<Row> rows = timeline.rows();
      int row = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i) instanceof Row.LaneRow lane && lane.lane().bars().contains(bar)) {
          row = i;
        }
      }
      double x = TimelineRenderer.LABEL_WIDTH + timeline.viewportProperty().get().x((bar.start() + bar.end()) / 2.0);
      double y = TimelineRenderer.AXIS_HEIGHT + row * Row.HEIGHT + Row.HEIGHT / 2 - timeline.scrollYProperty().get();
      return canvas.localToScreen(x, y);
    });
  }

  @Test
  void anInvocationAppearsAsABarInTheOutcomesColour() {
    String requestId = desktop.invokeFromResourcesPage(robot, "greeter");
    robot.clickOn("#nav-timeline");
    Bar bar = awaitFinishedBar(requestId);
    Fx.run(() -> desktop.app().timeline().fitAll());

    Color pixel = Fx.get(() -> {
      Node canvas = desktop.app().timelineViewIfShown().orElseThrow().canvas();
      desktop.app().timelineViewIfShown().orElseThrow().canvas().draw();
      WritableImage image = canvas.snapshot(null, null);
      Point2D local = canvas.screenToLocal(screenPointOf(bar));
      return image.getPixelReader().getColor((int) local.getX(), (int) local.getY());
    });

    assertEquals(OutcomeKind.SUCCESS, bar.outcome());
    assertTrue(isOneOf(pixel, desktop.app().main().themeProperty().get().palette().success(),
        desktop.app().main().themeProperty().get().palette().init()), "the bar is drawn at its place, found " + pixel);
  }

  @Test
  void clickingABarOpensTheInspectorWithItsEventResponseAndLogs() {
    String requestId = desktop.invokeFromResourcesPage(robot, "greeter");
    robot.clickOn("#nav-timeline");
    Bar bar = awaitFinishedBar(requestId);
    Fx.run(() -> {
      desktop.app().selection().clear();
      desktop.app().timeline().fitAll();
    });

    robot.clickOn(screenPointOf(bar));

    Fx.waitUntil("the inspector shows the invocation", 20, () -> robot.lookup("#inspector-title").queryAs(Label.class).getText().equals("greeter")
        && ((ListView<?>) robot.lookup("#inspector-logs").query()).getItems().size() >= 4);
    assertEquals(Optional.of(requestId), Fx.get(() -> desktop.app().selection().requestId()));
    assertEquals("succeeded", robot.lookup("#inspector-outcome").queryAs(Label.class).getText());
    robot.clickOn("Event");
    assertTrue(robot.lookup(".code-view").queryAll().stream().anyMatch(n -> n.isVisible()
        && n instanceof org.fxmisc.richtext.CodeArea area && area.getText().contains("\"httpMethod\" : \"GET\"")), "the event is shown");
  }

  @Test
  void theLogsPageFiltersByText() {
    String first = desktop.invokeFromResourcesPage(robot, "greeter");
    awaitFinishedBar(first);
    robot.clickOn("#nav-logs");
    Fx.waitUntil("the log lines arrive", 20, () -> robot.lookup("#logs-list").queryListView().getItems().size() >= 4);

    robot.clickOn("#logs-search").write("pretend trouble");

    Fx.waitUntil("only the matching line shows", 10, () -> {
      var items = robot.lookup("#logs-list").queryListView().getItems();
      return items.size() == 1 && items.get(0).toString().contains("pretend trouble");
    });
    assertEquals("pretend trouble", robot.lookup("#logs-search").queryAs(TextField.class).getText());
  }

  private static boolean isOneOf(Color actual, Color... expected) {
    for (Color c : expected) {
      if (Math.abs(c.getRed() - actual.getRed()) < 0.05 && Math.abs(c.getGreen() - actual.getGreen()) < 0.05
          && Math.abs(c.getBlue() - actual.getBlue()) < 0.05) {
        return true;
      }
    }
    return false;
  }
}
