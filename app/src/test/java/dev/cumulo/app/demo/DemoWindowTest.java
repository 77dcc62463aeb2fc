package dev.cumulo.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.ui.DesktopApp;
import dev.cumulo.ui.DesktopLaunch;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.SessionState;
import dev.cumulo.ui.timeline.Bar;
import dev.cumulo.ui.timeline.Lane;
import dev.cumulo.ui.timeline.TimelineData;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window a newcomer sees first: the demo project running, and a burst of traffic scaling it out. */
class DemoWindowTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private DesktopApp app;
  private Stage stage;

  @BeforeEach
  void openTheDemo() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
    Path template = DemoProject.template(dir.resolve("demo"));
    DesktopLaunch launch = new DesktopLaunch(Optional.of(template), Optional.of(() -> template), LaunchSettings.freePorts(),
        new PrefsStore(dir.resolve("config/desktop.properties")), false);
    app = fx(() -> new DesktopApp(launch, UiThreads.javafx()));
    fx(() -> {
      app.show(stage);
      return null;
    });
    waitUntil(60, () -> app.session().stateProperty().get() == SessionState.RUNNING);
  }

  @AfterEach
  void close() throws Exception {
    fx(() -> {
      app.shutdown();
      stage.hide();
      return null;
    });
    FxToolkit.cleanupStages();
  }

  @Test
  void generatedTrafficScalesTheWorkerOutToItsReservedConcurrencyAndThrottlesTheRest() {
    robot.clickOn("#generate-traffic");

    waitUntil(90, () -> !app.main().traffic().runningProperty().get() && !app.timeline().data().anyRunning());
    List<Lane> worker = fx(() -> lanes(app.timeline().data(), "order-worker"));
    assertEquals(3, worker.stream().filter(l -> !l.isThrottles()).count(), "ReservedConcurrentExecutions: 3");
    assertTrue(worker.stream().anyMatch(l -> l.isThrottles() && !l.bars().isEmpty()), "the burst was throttled beyond 3");
  }

  @Test
  void theJavaFunctionAnswersThroughCumulosJavaRuntime() {
    robot.clickOn("#nav-resources");
    robot.clickOn("#invoke-shop-api");
    waitUntil(10, () -> robot.lookup("#invoke-send").tryQuery().isPresent());
    robot.clickOn("#invoke-send");
    waitUntil(10, () -> app.selection().requestId().isPresent());
    String requestId = fx(() -> app.selection().requestId().orElseThrow());

    waitUntil(90, () -> app.timeline().data().bar(requestId).map(b -> !b.running()).orElse(false));

    Bar bar = fx(() -> app.timeline().data().bar(requestId).orElseThrow());
    assertEquals(List.of(OutcomeKind.SUCCESS, true), List.of(bar.outcome(), bar.coldStart()), bar.errorType());
  }

  @Test
  void theDemoOpensWithEveryFunctionOnTheTimelineAndItsResourcesListed() {
    assertEquals(List.of("shop-api", "order-worker", "receipt-reader", "daily-report"),
        fx(() -> app.timeline().data().groups().stream().map(TimelineData.Group::function).toList()));
    robot.clickOn("#nav-resources");
    assertEquals(4, robot.lookup("#functions-table").queryTableView().getItems().size());
    assertEquals(2, robot.lookup("#queues-table").queryTableView().getItems().size());
    assertEquals("Demo project", fx(() -> app.main().projectTitleProperty().get()));
  }

  private static List<Lane> lanes(TimelineData data, String function) {
    return data.groups().stream().filter(g -> g.function().equals(function)).findFirst().orElseThrow().lanes();
  }

  private static <T> T fx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void waitUntil(int seconds, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("timed out after " + seconds + " s");
    }
  }
}
