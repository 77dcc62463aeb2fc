package dev.cumulo.app.docs;

import dev.cumulo.app.demo.DemoProject;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.ui.DesktopApp;
import dev.cumulo.ui.DesktopLaunch;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.prefs.PrefsStore;
import dev.cumulo.ui.session.LaunchSettings;
import dev.cumulo.ui.session.SessionState;
import dev.cumulo.ui.storage.StorageEntry;
import dev.cumulo.ui.timeline.Bar;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the screenshots in {@code docs/screenshots}: the real app on a fresh copy of the demo project, after some
 * objects and messages are put with the AWS SDK and two bursts of generated traffic, every page in the light and the
 * dark theme. A tool, not a test (Surefire does not run it); {@code docs/README.md} has the command.
 */
public final class ScreenshotTour {
  private static final List<String> PAGES = List.of("timeline", "logs", "resources", "storage", "queues", "metrics", "cost");
  /** Pages shot with the inspector closed, so that they have the whole width. */
  private static final List<String> FULL_WIDTH = List.of("resources", "storage", "queues", "metrics", "cost");
  private static final Duration SWEEP_DEADLINE = Duration.ofMinutes(5);
  private static final Duration TRAFFIC_DEADLINE = Duration.ofMinutes(4);

  private ScreenshotTour() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      List<String> pages = args.length > 1 ? List.of(args).subList(1, args.length) : PAGES;
      run(Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath(), pages);
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /** @param pages the pages to take, by id (all of them unless the command line names some after the folder) */
  private static void run(Path out, List<String> pages) throws Exception {
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("cumulo-tour");
    Path template = freshDemo(work.resolve("demo"));
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    DesktopLaunch launch = new DesktopLaunch(Optional.of(template), Optional.of(DemoProject::template),
        LaunchSettings.freePorts().withKeepWarm(Duration.ofSeconds(30)), new PrefsStore(work.resolve("desktop.properties")),
        false);
    DesktopApp app = Fx.call(() -> new DesktopApp(launch, UiThreads.javafx()));
    Stage stage = window(app);
    try {
      Fx.await(Duration.ofMinutes(2), () -> app.session().stateProperty().get() == SessionState.RUNNING);
      DemoData.put(Fx.call(() -> app.main().edgeUrlProperty().get()));
      burst(app);
      burst(app);
      for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
        Fx.run(() -> {
          if (app.main().themeProperty().get() != theme) {
            app.main().toggleTheme();
          }
        });
        for (String page : pages) {
          show(app, page);
          shoot(stage, out.resolve(page + "-" + theme.name().toLowerCase() + ".png"));
        }
        if (pages.contains("cost")) {
          show(app, "cost");
          scrollToEnd(app, "#cost");
          shoot(stage, out.resolve("cost-charts-" + theme.name().toLowerCase() + ".png"));
        }
      }
    } finally {
      Fx.run(() -> {
        app.shutdown();
        stage.close();
      });
    }
  }

  /** The app's window at the top left, at the size every screenshot has. */
  static Stage window(DesktopApp app) {
    return Fx.call(() -> {
      Stage s = new Stage();
      s.setX(0);
      s.setY(0);
      app.show(s);
      s.setWidth(1600);
      s.setHeight(1000);
      return s;
    });
  }

  /** A copy of the demo project without the history of earlier runs. */
  static Path freshDemo(Path target) throws IOException {
    Path source = DemoProject.template().getParent();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = source.relativize(file);
        if (!relative.startsWith(".cumulo")) {
          Files.createDirectories(target.resolve(relative).getParent());
          Files.copy(file, target.resolve(relative));
        }
      }
    }
    return target.resolve("template.yaml");
  }

  private static void burst(DesktopApp app) {
    Fx.run(() -> app.main().generateTraffic());
    Fx.await(TRAFFIC_DEADLINE, () -> !app.main().traffic().runningProperty().get() && !app.timeline().data().anyRunning());
  }

  @SuppressWarnings("unchecked")
  private static void show(DesktopApp app, String page) {
    Fx.run(() -> {
      app.main().show(page);
      if (FULL_WIDTH.contains(page)) {
        app.selection().clear();
      }
    });
    switch (page) {
      case "timeline" -> Fx.run(() -> {
        app.timeline().fitAll();
        firstColdStart(app).ifPresent(b -> app.selection().select(b.requestId()));
      });
      case "storage" -> {
        Fx.await(Duration.ofSeconds(30), () -> !app.storage().entries().isEmpty());
        Fx.run(() -> app.storage().openPrefix("receipts/"));
        Fx.await(Duration.ofSeconds(30), () -> firstObject(app).isPresent());
        Fx.run(() -> firstObject(app).ifPresent(entry -> {
          table(app, "#storage-entries").ifPresent(t -> ((TableView<StorageEntry>) t).getSelectionModel().select(entry));
          app.storage().select(entry);
        }));
        Fx.await(Duration.ofSeconds(30), () -> app.storage().selectedProperty().get().isPresent());
      }
      case "queues" -> {
        Fx.await(Duration.ofSeconds(30), () -> !app.queues().queues().isEmpty());
        Fx.run(() -> table(app, "#queues-list").ifPresent(t -> t.getSelectionModel().select(deadLetterQueue(app))));
        Fx.await(Duration.ofSeconds(30), () -> !app.queues().messages().isEmpty());
        Fx.run(() -> table(app, "#queue-messages").ifPresent(t -> t.getSelectionModel().select(0)));
      }
      case "cost" -> {
        Fx.await(Duration.ofSeconds(60), () -> app.cost().estimateProperty().get().isPresent());
        if (app.cost().sweepProperty().get().isEmpty()) {
          sweepFirstFunction(app);
        }
        Fx.run(() -> scroll(app, "#cost", 0));
      }
      default -> { }
    }
    Fx.settle();
  }

  /** Runs the memory sweep the page offers first: its first function, with that function's latest invocation. */
  private static void sweepFirstFunction(DesktopApp app) {
    Fx.await(Duration.ofSeconds(30), () -> !app.cost().events().isEmpty());
    Fx.run(() -> app.cost().runSweep(app.cost().functions().get(0), Optional.of(app.cost().events().get(0))));
    Fx.await(SWEEP_DEADLINE, () -> !app.cost().sweepingProperty().get());
    if (app.cost().sweepProperty().get().isEmpty()) {
      throw new AssertionError("the sweep failed: " + Fx.call(() -> app.cost().sweepProblemProperty().get()));
    }
  }

  private static void scrollToEnd(DesktopApp app, String selector) {
    Fx.run(() -> scroll(app, selector, 1));
    Fx.settle();
  }

  private static void scroll(DesktopApp app, String selector, double position) {
    ((javafx.scene.control.ScrollPane) app.window().root().getScene().lookup(selector)).setVvalue(position);
  }

  /**
   * The most telling bar: the first successful cold start that came through an HTTP route and caused other
   * invocations (an order: API, queue, worker, receipt), else the first that came through a route, else the first.
   */
  private static Optional<Bar> firstColdStart(DesktopApp app) {
    var data = app.timeline().data();
    return data.groups().stream().flatMap(g -> g.lanes().stream()).flatMap(l -> l.bars().stream())
        .filter(b -> b.coldStart() && b.outcome() == OutcomeKind.SUCCESS)
        .min(Comparator.comparing((Bar b) -> data.children(b.requestId()).isEmpty())
            .thenComparing(b -> b.trigger().source() != Trigger.Source.HTTP).thenComparingLong(Bar::start));
  }

  /** The row of the orders' dead-letter queue: it keeps its messages, where the worker empties the orders queue. */
  private static int deadLetterQueue(DesktopApp app) {
    var queues = app.queues().queues();
    for (int i = 0; i < queues.size(); i++) {
      if (queues.get(i).isDeadLetterQueue()) {
        return i;
      }
    }
    return 0;
  }

  private static Optional<StorageEntry> firstObject(DesktopApp app) {
    return app.storage().entries().stream().filter(e -> e instanceof StorageEntry.StoredObject).findFirst();
  }

  private static Optional<TableView<?>> table(DesktopApp app, String selector) {
    return Optional.ofNullable((TableView<?>) app.window().root().getScene().lookup(selector));
  }

  static void shoot(Stage stage, Path file) throws IOException {
    WritableImage image = Fx.call(() -> stage.getScene().snapshot(null));
    PixelReader pixels = image.getPixelReader();
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        png.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    ImageIO.write(png, "png", file.toFile());
    System.out.println("wrote " + file);
  }
}
