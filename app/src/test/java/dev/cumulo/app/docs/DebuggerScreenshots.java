package dev.cumulo.app.docs;

import dev.cumulo.app.demo.DemoProject;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.model.Variable;
import dev.cumulo.ui.DesktopApp;
import dev.cumulo.ui.DesktopLaunch;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.debug.DebuggerViewModel;
import dev.cumulo.ui.debug.Stopped;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.SessionState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/**
 * Takes {@code debugger-java.png} and {@code debugger-node.png}: the real app on a fresh copy of the demo project, the
 * Java API stopped at a line of its greeting (a real HTTP request to its route), then the Node.js worker stopped in
 * its batch (an order posted to the API reaches it through the queue). Each shot shows the paused line, the stack and
 * a variable opened in the tree. A tool like {@link ScreenshotTour}, run the same way.
 */
public final class DebuggerScreenshots {
  private static final Duration PAUSE_DEADLINE = Duration.ofMinutes(2);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DebuggerScreenshots() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      run(Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath());
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  private static void run(Path out) throws Exception {
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("cumulo-debug-tour");
    Path template = ScreenshotTour.freshDemo(work.resolve("demo"));
    Path root = template.getParent();
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    DesktopLaunch launch = new DesktopLaunch(Optional.of(template), Optional.of(DemoProject::template),
        LaunchSettings.freePorts(), new PrefsStore(work.resolve("desktop.properties")), false);
    DesktopApp app = Fx.call(() -> new DesktopApp(launch, UiThreads.javafx()));
    Stage stage = ScreenshotTour.window(app);
    try {
      Fx.await(Duration.ofMinutes(2), () -> app.session().stateProperty().get() == SessionState.RUNNING);
      String api = Fx.call(() -> app.session().live().orElseThrow().apiUrl().orElseThrow());
      DebuggerViewModel debugger = app.debugger();

      Path java = root.resolve("functions/java/src/main/java/dev/cumulo/demo/functions/ShopApi.java");
      stopAt(app, "shop-api", java, 29, List.of("name"));
      CompletableFuture<HttpResponse<String>> greeting = send(HttpRequest.newBuilder(URI.create(api + "/hello/ada")).GET());
      shootPaused(app, stage, "shop-api", "event", out.resolve("debugger-java.png"));
      resumeAll(stage, debugger);
      System.out.println("the Java API answered " + greeting.join().statusCode());

      Path node = root.resolve("functions/node/orders.js");
      stopAt(app, "order-worker", node, 34, List.of("order.orderId"));
      send(HttpRequest.newBuilder(URI.create(api + "/orders")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"green tea\",\"quantity\":2}")));
      shootPaused(app, stage, "order-worker", "order", out.resolve("debugger-node.png"));
      resumeAll(stage, debugger);
      Fx.await(PAUSE_DEADLINE, () -> !app.timeline().data().anyRunning());
    } finally {
      Fx.run(() -> {
        app.shutdown();
        stage.close();
      });
    }
  }

  /** Turns debugging on for {@code function} and sets one breakpoint and the watches, through the page's model. */
  private static void stopAt(DesktopApp app, String function, Path file, int line, List<String> watches) {
    DebuggerViewModel debugger = app.debugger();
    Fx.run(() -> {
      debugger.breakpoints().forEach(b -> debugger.remove(b.id()));
      debugger.setDebugging(function, true);
      debugger.add(new CodeBreakpoint("new", true, file.toString(), line, Optional.empty(), 1, Optional.empty()));
      debugger.setWatches(watches);
      app.main().show("debugger");
    });
    Fx.await(Duration.ofSeconds(30), () -> debugger.breakpoints().size() == 1
        && debugger.functions().stream().anyMatch(f -> f.function().equals(function) && f.debugging()));
  }

  private static CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
    return HTTP.sendAsync(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void shootPaused(DesktopApp app, Stage stage, String function, String open, Path file) throws Exception {
    Fx.await(PAUSE_DEADLINE, () -> app.debugger().selectedProperty().get()
        .filter(s -> s instanceof Stopped.Code && s.function().equals(function)).isPresent());
    Fx.await(Duration.ofSeconds(30), () -> app.debugger().pauseLatencyProperty().get().isPresent());
    System.out.println(function + ": breakpoint hit to paused view: " + Fx.call(() -> app.debugger().pauseLatencyProperty().get().orElseThrow()));
    Fx.run(() -> variable(stage, open).ifPresent(item -> item.setExpanded(true)));
    Fx.await(Duration.ofSeconds(30), () -> variable(stage, open).map(i -> i.getChildren().stream()
        .noneMatch(c -> c.getValue().name().equals("…"))).orElse(true));
    Fx.settle();
    ScreenshotTour.shoot(stage, file);
  }

  @SuppressWarnings("unchecked")
  private static Optional<TreeItem<Variable>> variable(Stage stage, String name) {
    TreeView<Variable> tree = (TreeView<Variable>) stage.getScene().lookup("#debug-variables");
    return tree == null ? Optional.empty()
        : tree.getRoot().getChildren().stream().filter(i -> i.getValue().name().equals(name)).findFirst();
  }

  /** Removes the breakpoint and presses Continue until nothing is stopped. */
  private static void resumeAll(Stage stage, DebuggerViewModel debugger) {
    Fx.run(() -> debugger.breakpoints().forEach(b -> debugger.remove(b.id())));
    Fx.await(Duration.ofSeconds(30), () -> debugger.breakpoints().isEmpty());
    Fx.await(PAUSE_DEADLINE, () -> {
      if (debugger.stoppedList().isEmpty()) {
        return true;
      }
      Button resume = (Button) stage.getScene().lookup("#debug-continue");
      if (resume != null && !resume.isDisabled()) {
        resume.fire();
      }
      return false;
    });
  }
}
