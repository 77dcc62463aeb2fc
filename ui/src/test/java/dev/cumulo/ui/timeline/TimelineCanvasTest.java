package dev.cumulo.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.ui.common.InvocationSelection;
import dev.cumulo.ui.testing.Await;
import dev.cumulo.ui.testing.Fx;
import dev.cumulo.ui.testing.Records;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The drawn timeline, zoomed out over thousands of invocations on one instance: about seventeen share each pixel. */
class TimelineCanvasTest {
  private static final long START = 1_700_000_000_000_000L;
  private static final int FAILED = 5_003;

  private Stage stage;

  @BeforeEach
  void openStage() throws Exception {
    stage = FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeStage() throws Exception {
    Fx.run(stage::hide);
    FxToolkit.cleanupStages();
  }

  /** 10,000 invocations of 20 µs, 20 µs apart; one of them failed. */
  private static List<InvocationRecord> history() {
    List<InvocationRecord> records = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      long start = START + i * 40L;
      InvocationRecord r = Records.done("r" + i, "F", "i-aaaaaa", start, start + 20);
      records.add(i == FAILED ? Records.failed(r, OutcomeKind.FUNCTION_ERROR, "Error") : r);
    }
    return records;
  }

  /** The colour drawn in the middle of the first lane at {@code time}. */
  private static Color colourAt(TimelineCanvas canvas, TimelineViewModel model, long time) {
    WritableImage image = canvas.snapshot(null, null);
    int x = (int) Math.floor(TimelineRenderer.LABEL_WIDTH + model.viewportProperty().get().x(time));
    int y = (int) (TimelineRenderer.AXIS_HEIGHT + Row.HEIGHT + Row.HEIGHT / 2);
    return image.getPixelReader().getColor(x, y);
  }

  @Test
  void aFailureAmongSuccessesSharingItsPixelsIsDrawnInTheErrorColour() {
    List<Color> drawn = Fx.get(() -> {
      TimelineViewModel model = new TimelineViewModel(() -> START + 1_000_000, new InvocationSelection());
      model.loadHistory(history(), START + 1_000_000);
      TimelineCanvas canvas = new TimelineCanvas(model, () -> TimelinePalette.LIGHT);
      stage.setScene(new Scene(new StackPane(canvas), 800, 200));
      stage.show();
      canvas.applyCss();
      canvas.layout();
      model.fitAll();
      canvas.draw();
      long failed = START + FAILED * 40L + 10;
      return List.of(colourAt(canvas, model, failed), colourAt(canvas, model, failed - 20_000));
    });

    assertEquals(List.of(TimelinePalette.LIGHT.error(), TimelinePalette.LIGHT.success()), drawn);
  }

  @Test
  void followingTheClockWithNothingRunningDrawsTenFramesASecondNotEveryPulse() throws InterruptedException {
    long drawn = framesFollowingFor2Seconds(1);

    assertTrue(drawn >= 2 && drawn <= 25, drawn + " frames in 2 s");
  }

  @Test
  void zoomedOutFollowingDrawsOnlyOnceThePresentHasMovedAPixel() throws InterruptedException {
    long drawn = framesFollowingFor2Seconds(1.0 / 3000); // the widest zoom: a minute a pixel

    assertTrue(drawn <= 2, drawn + " frames in 2 s");
  }

  /** Frames drawn in 2 s while following the clock, zoomed by {@code factor} from the history's default view. */
  private long framesFollowingFor2Seconds(double factor) throws InterruptedException {
    TimelineCanvas canvas = Fx.get(() -> {
      TimelineViewModel model = new TimelineViewModel(() -> System.currentTimeMillis() * 1000, new InvocationSelection());
      model.loadHistory(history(), START + 1_000_000);
      TimelineCanvas shown = new TimelineCanvas(model, () -> TimelinePalette.LIGHT);
      stage.setScene(new Scene(new StackPane(shown), 800, 200));
      stage.show();
      model.setFollowing(true);
      model.zoom(factor, 0);
      return shown;
    });
    Await.until("the first frame", Duration.ofSeconds(10), () -> Fx.get(canvas::frames) > 0);
    long before = Fx.get(canvas::frames);
    Thread.sleep(2000); // the window the frames are counted in
    return Fx.get(canvas::frames) - before;
  }
}
