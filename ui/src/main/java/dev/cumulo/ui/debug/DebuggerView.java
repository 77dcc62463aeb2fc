package dev.cumulo.ui.debug;

import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.functions.service.Clock;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The debugger page: functions, their files and the breakpoints at the left; the code view in the middle; what is
 * stopped at the right. A new pause opens its file at its line; the time from the runtime's stop to the first frame
 * that shows it is handed to the view model.
 */
public final class DebuggerView {
  private final DebuggerViewModel model;
  private final StopViewModel stop;
  private final SourceView source;
  private final FunctionsPanel functions;
  private final ListView<Stopped> stoppedList = new ListView<>();
  private final SplitPane root = new SplitPane();
  private Optional<PausedInvocation> awaitingFrame = Optional.empty();

  public DebuggerView(DebuggerViewModel model, UiThreads threads) {
    this.model = model;
    this.stop = new StopViewModel(model);
    this.source = new SourceView(model, threads);
    this.functions = new FunctionsPanel(model, threads, source::open);
    SplitPane left = new SplitPane(functions.node(), new BreakpointsPanel(model, source::open).node());
    left.setOrientation(Orientation.VERTICAL);
    left.setDividerPositions(0.62);
    stoppedList.setItems(model.stoppedList());
    stoppedList.setId("debug-stopped");
    stoppedList.setPrefHeight(90);
    stoppedList.setMinHeight(60);
    stoppedList.setPlaceholder(Views.muted("Nothing stopped"));
    stoppedList.setCellFactory(l -> new StoppedCell());
    VBox right = new VBox(6, Views.key("Stopped"), stoppedList, new StopPanel(model, stop, threads).node());
    VBox.setVgrow(right.getChildren().get(2), Priority.ALWAYS);
    right.getStyleClass().add("debug-side");
    left.getStyleClass().add("debug-side");
    root.getItems().addAll(left, source.node(), right);
    root.setDividerPositions(0.2, 0.66);
    root.getStyleClass().add("debugger");
    root.getStylesheets().add(DebuggerView.class.getResource("debugger.css").toExternalForm());
    root.setId("debugger");
    initListeners();
  }

  private void initListeners() {
    stoppedList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && !model.selectedProperty().get().equals(Optional.of(now))) {
        model.select(now);
      }
    });
    model.selectedProperty().addListener((o, was, now) -> {
      now.ifPresent(s -> stoppedList.getSelectionModel().select(s));
      awaitingFrame = now.filter(s -> s instanceof Stopped.Code).map(s -> ((Stopped.Code) s).paused());
      now.ifPresent(s -> functions.select(s.function()));
    });
    stop.locationProperty().addListener((o, was, now) -> source.show(now));
    source.show(stop.locationProperty().get());
    root.sceneProperty().addListener((o, was, scene) -> {
      if (scene != null) {
        scene.addPostLayoutPulseListener(() -> measure(scene));
      }
    });
  }

  /** After each frame: if the awaited pause's line is now marked in the code view, report how long it took. */
  private void measure(Scene scene) {
    if (awaitingFrame.isEmpty() || root.getScene() != scene) {
      return;
    }
    PausedInvocation p = awaitingFrame.get();
    boolean shown = source.currentLine() == p.location().line()
        && source.fileProperty().get().equals(Optional.of(Path.of(p.location().file()).toAbsolutePath().normalize()));
    if (shown) {
      awaitingFrame = Optional.empty();
      model.pauseShown(p, Clock.nowMicros());
    }
  }

  public Node node() {
    return root;
  }

  public SourceView source() {
    return source;
  }

  private static final class StoppedCell extends ListCell<Stopped> {
    @Override
    protected void updateItem(Stopped s, boolean empty) {
      super.updateItem(s, empty);
      if (empty || s == null) {
        setText(null);
      } else if (s instanceof Stopped.Code c) {
        setText(c.function() + "  paused at " + Path.of(c.paused().location().file()).getFileName() + ":"
            + c.paused().location().line());
      } else {
        setText(s.function() + "  event held (" + ((Stopped.Event) s).held().reason().name().toLowerCase(java.util.Locale.ROOT) + ")");
      }
    }
  }
}
