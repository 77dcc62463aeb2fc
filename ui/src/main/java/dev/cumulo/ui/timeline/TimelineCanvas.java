package dev.cumulo.ui.timeline;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The timeline's drawing surface. It redraws on the animation pulse only when something it shows changed (data,
 * window, filter, selection, size, theme), twenty times a second while invocations run and ten while it only follows
 * the clock (two while its window is in the background); it stops its timer when it is not on screen.
 *
 * <p>Mouse: wheel zooms around the pointer, Shift+wheel (or a sideways swipe) pans, wheel over the lane names scrolls
 * the lanes, dragging pans both ways, a click selects. Keys: arrows or A/D pan, W/S or +/- zoom, Page Up/Down scroll,
 * F follows the present, 0 shows everything, Escape clears the selection.
 */
public final class TimelineCanvas extends Region {
  /** While invocations run, their bars grow: twenty frames a second. */
  private static final long RUNNING_FRAME_NANOS = 50_000_000;
  /** While only the clock moves, ten are enough; two while the window is behind another (the user is elsewhere). */
  private static final long FOLLOWING_FRAME_NANOS = 100_000_000;
  private static final long BACKGROUND_FOLLOWING_FRAME_NANOS = 500_000_000;

  private final Canvas canvas = new Canvas();
  private final TimelineViewModel model;
  private final Supplier<TimelinePalette> palette;
  private final TimelineRenderer renderer;
  private final AnimationTimer timer;
  private boolean dirty = true;
  private long drawnVersion = -1;
  private long lastDraw;
  private double pressX;
  private double pressY;
  private double lastDragX;
  private double lastDragY;
  private boolean dragged;
  private Optional<Bar> hover = Optional.empty();
  private long frames;
  private long lastFrameNanos;

  public TimelineCanvas(TimelineViewModel model, Supplier<TimelinePalette> palette) {
    this.model = model;
    this.palette = palette;
    this.renderer = new TimelineRenderer(canvas.getGraphicsContext2D());
    getChildren().add(canvas);
    getStyleClass().add("timeline-canvas");
    setFocusTraversable(true);
    setMinSize(200, 120);
    timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        pulse(now);
      }
    };
    initListeners();
  }

  private void initListeners() {
    model.viewportProperty().addListener((o, a, b) -> dirty = true);
    model.filterProperty().addListener((o, a, b) -> dirty = true);
    model.chainProperty().addListener((o, a, b) -> dirty = true);
    model.scrollYProperty().addListener((o, a, b) -> dirty = true);
    model.followingProperty().addListener((o, a, b) -> dirty = true);
    sceneProperty().addListener((o, was, now) -> {
      if (now == null) {
        timer.stop();
      } else {
        dirty = true;
        timer.start();
      }
    });
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(Optional.empty()));
    addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
  }

  /** Marks the canvas for redrawing, e.g. after a theme change. */
  public void invalidate() {
    dirty = true;
  }

  private void pulse(long now) {
    boolean live = model.data().anyRunning() ? now - lastDraw >= RUNNING_FRAME_NANOS
        : model.followingProperty().get() && now - lastDraw >= followingFrameNanos();
    if (dirty || live || drawnVersion != model.data().version()) {
      model.tick(); // moving the window to the present on every pulse would redraw sixty times a second
      draw();
      lastDraw = now;
    }
  }

  /** Zoomed out, the present takes longer than a frame to move a pixel: no frame before it has. */
  private long followingFrameNanos() {
    Window window = getScene() == null ? null : getScene().getWindow();
    long frame = window == null || window.isFocused() ? FOLLOWING_FRAME_NANOS : BACKGROUND_FOLLOWING_FRAME_NANOS;
    return Math.max(frame, (long) (model.viewportProperty().get().microsPerPixel() * 1000));
  }

  /** Draws one frame now; returns how long it took in nanoseconds (for the benchmark). */
  public long draw() {
    long start = System.nanoTime();
    dirty = false;
    drawnVersion = model.data().version();
    renderer.draw(model, palette.get(), canvas.getWidth(), canvas.getHeight(), hover);
    frames++;
    lastFrameNanos = System.nanoTime() - start;
    return lastFrameNanos;
  }

  public long frames() {
    return frames;
  }

  @Override
  protected void layoutChildren() {
    double w = snapSizeX(getWidth());
    double h = snapSizeY(getHeight());
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      model.resize(Math.max(1, w - TimelineRenderer.LABEL_WIDTH), Math.max(1, h - TimelineRenderer.AXIS_HEIGHT));
      dirty = true;
    }
  }

  private void pressed(MouseEvent e) {
    requestFocus();
    pressX = lastDragX = e.getX();
    pressY = lastDragY = e.getY();
    dragged = false;
  }

  private void dragged(MouseEvent e) {
    if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3) {
      dragged = true;
    }
    if (dragged) {
      double dx = e.getX() - lastDragX;
      double dy = e.getY() - lastDragY;
      if (dx != 0) {
        model.pan(-dx);
      }
      model.scrollBy(-dy);
      lastDragX = e.getX();
      lastDragY = e.getY();
    }
  }

  private void released(MouseEvent e) {
    if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getX() > TimelineRenderer.LABEL_WIDTH
        && e.getY() > TimelineRenderer.AXIS_HEIGHT) {
      model.selectAt(e.getX() - TimelineRenderer.LABEL_WIDTH, e.getY() - TimelineRenderer.AXIS_HEIGHT);
    }
  }

  private void moved(MouseEvent e) {
    if (e.getX() > TimelineRenderer.LABEL_WIDTH && e.getY() > TimelineRenderer.AXIS_HEIGHT) {
      setHover(model.pick(e.getX() - TimelineRenderer.LABEL_WIDTH, e.getY() - TimelineRenderer.AXIS_HEIGHT));
    } else {
      setHover(Optional.empty());
    }
  }

  private void setHover(Optional<Bar> bar) {
    if (!bar.equals(hover)) {
      hover = bar;
      dirty = true;
    }
  }

  private void scrolled(ScrollEvent e) {
    double sideways = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
    if (sideways != 0) {
      model.pan(-sideways);
    } else if (e.getX() < TimelineRenderer.LABEL_WIDTH) {
      model.scrollBy(-e.getDeltaY());
    } else if (e.getDeltaY() != 0) {
      model.zoom(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, e.getX() - TimelineRenderer.LABEL_WIDTH);
    }
    e.consume();
  }

  private void keyPressed(KeyEvent e) {
    double width = model.viewportProperty().get().width();
    double center = width / 2;
    switch (e.getCode()) {
      case LEFT, A -> model.pan(-width / 8);
      case RIGHT, D -> model.pan(width / 8);
      case UP -> model.scrollBy(-Row.HEIGHT);
      case DOWN -> model.scrollBy(Row.HEIGHT);
      case PAGE_UP -> model.scrollBy(-model.viewHeight());
      case PAGE_DOWN -> model.scrollBy(model.viewHeight());
      case W, PLUS, EQUALS, ADD -> model.zoom(1.25, center);
      case S, MINUS, SUBTRACT -> model.zoom(1 / 1.25, center);
      case F -> model.setFollowing(!model.followingProperty().get());
      case DIGIT0, NUMPAD0, HOME -> model.fitAll();
      case ESCAPE -> model.clearSelection();
      default -> {
        return;
      }
    }
    e.consume();
  }
}
