package dev.cumulo.ui.bench;

import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.timeline.TimelineCanvas;
import dev.cumulo.ui.timeline.TimelinePalette;
import dev.cumulo.ui.timeline.TimelineViewModel;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The timeline's frame time with 100,000 recorded invocations. Each frame pans the view and is drawn and rendered to
 * pixels (the canvas draw, then a snapshot of the whole scene, which makes the renderer rasterise it); the figures are
 * per frame at three zoom levels: the whole session, a minute and five seconds. Run with {@code -Dprism.order=sw} to
 * measure the software pipeline; needs a display (or Xvfb).
 */
public final class TimelineBench {
  static final int INVOCATIONS = 100_000;
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 900;
  private static final int FRAMES = 120;

  /**
   * The frame times of one zoom level, in milliseconds: elapsed, and CPU time of the UI and render threads (which a
   * busy machine does not inflate), with the drawing alone as part of it.
   */
  public record Result(String zoom, double p50, double p95, double max, double cpuP50, double cpuP95, double drawP50) {}

  private TimelineBench() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
    Platform.exit();
  }

  /** Measures and prints; starts the JavaFX toolkit if it is not running. */
  public static List<Result> run(PrintStream out) throws InterruptedException, java.util.concurrent.ExecutionException {
    startToolkit();
    long end = System.currentTimeMillis() * 1000;
    long span = 20L * 60 * 1_000_000;
    List<InvocationRecord> history = SyntheticHistory.of(INVOCATIONS, 8, 12, end, span);
    CompletableFuture<List<Result>> results = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        results.complete(measure(history, end, span));
      } catch (RuntimeException e) {
        results.completeExceptionally(e);
      }
    });
    List<Result> measured = results.get();
    out.printf(Locale.ROOT, "Timeline frame (draw + render), %,d invocations, %dx%d, prism %s, %d frames per zoom level%n",
        history.size(), WIDTH, HEIGHT, System.getProperty("prism.order", "default"), FRAMES);
    for (Result r : measured) {
      out.printf(Locale.ROOT, "  panning at %-17s elapsed p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms;"
          + " CPU p50 %6.2f ms, p95 %6.2f ms; drawing alone p50 %.2f ms%n",
          r.zoom(), r.p50(), r.p95(), r.max(), r.cpuP50(), r.cpuP95(), r.drawP50());
    }
    return measured;
  }

  private static void startToolkit() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    try {
      Platform.startup(started::countDown);
    } catch (IllegalStateException alreadyRunning) {
      started.countDown();
    }
    started.await();
  }

  private static List<Result> measure(List<InvocationRecord> history, long end, long span) {
    TimelineViewModel model = new TimelineViewModel(() -> end, new InvocationSelection());
    model.loadHistory(history, end + 1);
    TimelineCanvas canvas = new TimelineCanvas(model, () -> TimelinePalette.LIGHT);
    Stage stage = new Stage();
    Scene scene = new Scene(new StackPane(canvas), WIDTH, HEIGHT);
    scene.getStylesheets().add(Theme.APP_CSS);
    stage.setScene(scene);
    stage.show();
    canvas.applyCss();
    canvas.layout();
    List<Result> results = new ArrayList<>();
    model.setFollowing(false);
    model.fitAll();
    results.add(pan(model, canvas, scene, "the whole session"));
    model.zoom(span / 60_000_000.0, model.viewportProperty().get().width() / 2);
    results.add(pan(model, canvas, scene, "one minute"));
    model.zoom(12, model.viewportProperty().get().width() / 2);
    results.add(pan(model, canvas, scene, "five seconds"));
    stage.close();
    return results;
  }

  private static Result pan(TimelineViewModel model, TimelineCanvas canvas, Scene scene, String zoom) {
    WritableImage image = new WritableImage(WIDTH, HEIGHT);
    for (int i = 0; i < 10; i++) {
      frame(model, canvas, scene, image, i);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] busy = {Thread.currentThread().getId(), renderThread()};
    double[] frames = new double[FRAMES];
    double[] cpu = new double[FRAMES];
    double[] draws = new double[FRAMES];
    for (int i = 0; i < FRAMES; i++) {
      long cpuStart = cpuTime(threads, busy);
      long start = System.nanoTime();
      draws[i] = frame(model, canvas, scene, image, i) / 1e6;
      frames[i] = (System.nanoTime() - start) / 1e6;
      cpu[i] = (cpuTime(threads, busy) - cpuStart) / 1e6;
    }
    Arrays.sort(frames);
    Arrays.sort(cpu);
    Arrays.sort(draws);
    int p95 = (int) (FRAMES * 0.95);
    return new Result(zoom, frames[FRAMES / 2], frames[p95], frames[FRAMES - 1], cpu[FRAMES / 2], cpu[p95], draws[FRAMES / 2]);
  }

  /** The thread that rasterises the scene (Prism's renderer), or this thread's id when it cannot be found. */
  private static long renderThread() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
        .mapToLong(Thread::getId).findFirst().orElse(Thread.currentThread().getId());
  }

  private static long cpuTime(ThreadMXBean threads, long[] ids) {
    long total = 0;
    for (long id : new java.util.LinkedHashSet<>(java.util.Arrays.stream(ids).boxed().toList())) {
      total += Math.max(0, threads.getThreadCpuTime(id));
    }
    return total;
  }

  /** One frame: pan by 8 pixels (back and forth, so the view stays over the data), draw, render; returns draw nanos. */
  private static long frame(TimelineViewModel model, TimelineCanvas canvas, Scene scene, WritableImage image, int i) {
    model.pan((i / 40) % 2 == 0 ? 8 : -8);
    model.scrollBy((i % 20) < 10 ? 4 : -4);
    long draw = canvas.draw();
    scene.snapshot(image);
    return draw;
  }
}
