package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.ui.debug.SourceView;
import dev.cumulo.ui.testing.Fx;
import dev.cumulo.ui.timeline.Bar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The debugger page of the real window, driven by a robot: a breakpoint set in the gutter stops a Node.js function. */
class DebuggerWindowTest {
  private static final String HANDLER = """
      exports.handler = async (event) => {
        const items = event.items || [{ price: 3 }, { price: 10 }];
        let total = 0;
        for (const item of items) {
          total += item.price;
        }
        const label = `order ${event.id || 7}`;
        return { label, total };
      };
      """;
  private static final int LABEL_LINE = 7;

  @TempDir Path dir;
  private DesktopHarness desktop;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void openProject() throws Exception {
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("template.yaml"), """
        Resources:
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              FunctionName: orders
              Runtime: nodejs20.x
              Handler: orders.handler
              CodeUri: src/
              Timeout: 3
        """);
    Files.writeString(project.resolve("src/orders.js"), HANDLER);
    desktop = DesktopHarness.open(project.resolve("template.yaml"), dir.resolve("config")).awaitRunning();
  }

  @AfterEach
  void closeWindow() throws Exception {
    desktop.close();
  }

  @Test
  void aBreakpointToggledInTheGutterStopsTheInvocationShowsItsLineAndVariablesAndContinues() throws IOException {
    robot.clickOn("#nav-debugger");
    Fx.waitUntil("the function is listed", 20, () -> robot.lookup("#debug-toggle-orders").tryQuery().isPresent());
    robot.clickOn("#debug-toggle-orders");
    Fx.waitUntil("debugging is on", 20, () -> desktop.app().debugger().functions().stream().anyMatch(FunctionDebugState::debugging));
    robot.clickOn(robot.lookup("#debug-functions").lookup(".fn-name").queryLabeled());
    Fx.waitUntil("its file is listed", 20, () -> robot.lookup("#debug-files .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
        .stream().anyMatch(c -> "src/orders.js".equals(c.getText())));
    robot.clickOn("src/orders.js");
    SourceView source = Fx.get(() -> desktop.app().debuggerViewIfShown().orElseThrow().source());
    Fx.waitUntil("the code is shown", 20, () -> source.area().getText().contains("const label"));

    robot.clickOn("#gutter-" + LABEL_LINE);
    Fx.waitUntil("the breakpoint is set and drawn", 20, () -> lineHasBreakpoint(LABEL_LINE)
        && robot.lookup("#gutter-" + LABEL_LINE + " .bp-enabled").tryQuery().isPresent());

    String requestId = desktop.invokeFromResourcesPage(robot, "orders");

    Fx.waitUntil("the paused line is marked in the code view", 60, () -> source.currentLine() == LABEL_LINE
        && robot.lookup("#gutter-" + LABEL_LINE + " .bp-current").tryQuery().isPresent());
    Fx.waitUntil("the variables show total", 20, () -> topVariables().stream()
        .anyMatch(v -> v.name().equals("total") && v.value().equals("13")));
    Fx.waitUntil("the pause's first frame is measured", 10, () -> desktop.app().debugger().pauseLatencyProperty().get().isPresent());
    System.out.println("breakpoint hit to paused view: " + Fx.get(() -> desktop.app().debugger().pauseLatencyProperty().get().orElseThrow()));
    assertEquals("debugger", Fx.get(() -> desktop.app().main().pageProperty().get()), "a pause brings the debugger forward");

    robot.clickOn("#debug-continue");
    Fx.waitUntil("the invocation finishes on the timeline", 60,
        () -> desktop.app().timeline().data().bar(requestId).map(b -> !b.running()).orElse(false));
    Bar bar = Fx.get(() -> desktop.app().timeline().data().bar(requestId).orElseThrow());
    assertEquals(OutcomeKind.SUCCESS, bar.outcome());
    Fx.waitUntil("nothing is stopped", 20, () -> desktop.app().debugger().stoppedList().isEmpty() && source.currentLine() == 0);
  }

  private boolean lineHasBreakpoint(int line) {
    List<Breakpoint> all = desktop.app().debugger().breakpoints();
    return all.size() == 1 && all.get(0) instanceof CodeBreakpoint c && c.line() == line && c.file().endsWith("orders.js");
  }

  @SuppressWarnings("unchecked")
  private List<Variable> topVariables() {
    Optional<Node> tree = robot.lookup("#debug-variables").tryQuery();
    return tree.map(t -> ((TreeView<Variable>) t).getRoot().getChildren().stream().map(TreeItem::getValue).toList())
        .orElse(List.of());
  }
}
