package dev.cumulo.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.cost.Dollars;
import dev.cumulo.ui.cost.CostView;
import dev.cumulo.ui.testing.Fx;
import java.math.BigDecimal;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real window: invoke a function, then the Cost page projects a month with it, and the status bar prices it. */
class CostWindowTest {
  @TempDir Path dir;
  private DesktopHarness desktop;
  private final FxRobot robot = new FxRobot();

  @BeforeEach
  void openProjectAndInvoke() throws Exception {
    desktop = DesktopHarness.open(TestProject.write(dir.resolve("project")), dir.resolve("config")).awaitRunning();
    String requestId = desktop.invokeFromResourcesPage(robot, "greeter");
    Fx.waitUntil("the invocation finishes", 60,
        () -> desktop.app().timeline().data().bar(requestId).map(b -> !b.running()).orElse(false));
  }

  @AfterEach
  void closeWindow() throws Exception {
    desktop.close();
  }

  @Test
  void theCostPageProjectsAMonthWithTheInvokedFunctionInTheBreakdown() {
    robot.clickOn("#nav-cost");

    Fx.waitUntil("the projection shows a total", 60,
        () -> robot.lookup("#cost-total").queryAs(Label.class).getText().startsWith("$"));
    @SuppressWarnings("unchecked")
    TableView<CostView.Amount> byFunction = robot.lookup("#cost-by-function").queryAs(TableView.class);
    assertEquals("greeter", Fx.get(() -> byFunction.getItems().get(0).name()));
    assertTrue(Fx.get(() -> robot.lookup("#cost-assumptions").queryAs(javafx.scene.layout.VBox.class).getChildren()
        .size() > 3), "the assumptions are shown next to the total");
  }

  @Test
  void theStatusBarShowsWhatTheSessionWouldCost() {
    Fx.waitUntil("the session cost is counted", 20,
        () -> desktop.app().session().live().orElseThrow().emulator().sessionCost().totals().invocations() == 1);
    BigDecimal total = Fx.get(() -> desktop.app().session().live().orElseThrow().emulator().sessionCost().totals().total());

    Fx.waitUntil("the status bar shows it", 10,
        () -> robot.lookup("#status-cost").queryAs(Label.class).getText().equals("Session cost " + Dollars.precise(total)));
    assertTrue(total.signum() > 0, "an invocation costs something, was " + total);
  }

  @Test
  void negativeTrafficGetsAMessageInsteadOfAnEstimate() {
    robot.clickOn("#nav-cost");
    Fx.waitUntil("the first projection shows", 60,
        () -> robot.lookup("#cost-total").queryAs(Label.class).getText().startsWith("$"));

    Fx.run(() -> robot.lookup("#cost-requests-per-month").queryAs(TextField.class).setText("-1000"));
    robot.clickOn("#cost-estimate");

    Fx.waitUntil("the form says what is wrong", 10, () -> robot.lookup("#cost-problem").queryAs(Label.class).getText()
        .equals("Requests per month must not be negative, got -1000"));
  }
}
