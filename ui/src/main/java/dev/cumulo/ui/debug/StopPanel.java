package dev.cumulo.ui.debug;

import dev.cumulo.debug.model.PausedInvocation;
import dev.cumulo.debug.model.StackFrame;
import dev.cumulo.debug.model.StepKind;
import dev.cumulo.debug.model.Watch;
import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What is stopped, and the commands that move it on. For a paused invocation: where it is, continue and the steps
 * (F8, F10, F11, Shift+F11), the stack (a click shows that frame), the variables and the watches. For a held event:
 * its JSON in an editor, delivered as edited, stepped to the next event, or dropped.
 */
final class StopPanel {
  private final DebuggerViewModel debugger;
  private final StopViewModel model;
  private final VBox root = new VBox(8);
  private final Label title = new Label();
  private final Label where = new Label();
  private final ListView<StackFrame> stack = new ListView<>();
  private final ListView<Watch> watchList = new ListView<>();
  private final VariablesTree variables;
  private final CodeView event;
  private final Label eventProblem = new Label();
  private final VBox codeBox;
  private final VBox eventBox;
  private final Label nothing = Views.muted("Nothing is stopped. Set a breakpoint in the code or on events, then invoke.");
  private String eventShown = "";

  StopPanel(DebuggerViewModel debugger, StopViewModel model, UiThreads threads) {
    this.debugger = debugger;
    this.model = model;
    this.variables = new VariablesTree(model);
    this.event = new CodeView(threads.background(), threads.fx(), true);
    title.getStyleClass().add("title-4");
    title.setId("debug-stop-title");
    where.setId("debug-stop-where");
    where.getStyleClass().add("mono");
    this.codeBox = codeBox();
    this.eventBox = eventBox();
    root.getStyleClass().add("stop-panel");
    root.setId("debug-stop");
    initListeners();
    show(debugger.selectedProperty().get());
  }

  Node node() {
    return root;
  }

  private VBox codeBox() {
    HBox buttons = new HBox(6,
        command("Continue", Icon.PLAY, "F8", "debug-continue", model::resume),
        command("Step over", Icon.STEP_OVER, "F10", "debug-step-over", () -> model.step(StepKind.OVER)),
        command("Step into", Icon.STEP_INTO, "F11", "debug-step-into", () -> model.step(StepKind.INTO)),
        command("Step out", Icon.STEP_OUT, "Shift+F11", "debug-step-out", () -> model.step(StepKind.OUT)));
    stack.setId("debug-stack");
    stack.setCellFactory(l -> new FrameCell());
    stack.setPrefHeight(120);
    stack.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
      if (now.intValue() >= 0 && now.intValue() != model.frameProperty().get()) {
        model.selectFrame(now.intValue());
      }
    });
    watchList.setId("debug-watches");
    watchList.setCellFactory(l -> new WatchCell());
    watchList.setPrefHeight(90);
    TextField addWatch = new TextField();
    addWatch.setPromptText("Add a watch: a variable or field path, e.g. order.items");
    addWatch.setId("debug-add-watch");
    addWatch.setOnAction(e -> {
      if (!addWatch.getText().isBlank()) {
        List<String> all = new ArrayList<>(debugger.watches());
        all.add(addWatch.getText().strip());
        debugger.setWatches(all);
        addWatch.clear();
      }
    });
    VBox.setVgrow(variables.node(), Priority.ALWAYS);
    return new VBox(6, buttons, Views.key("Stack"), stack, Views.key("Variables"), variables.node(), Views.key("Watches"),
        watchList, addWatch);
  }

  private Button command(String text, Icon icon, String key, String id, Runnable action) {
    Button button = Views.button(text, icon, action);
    button.setTooltip(new Tooltip(text + " (" + key + ")"));
    button.setId(id);
    button.disableProperty().bind(model.movingProperty());
    return button;
  }

  private VBox eventBox() {
    Button deliver = Views.button("Continue", Icon.PLAY, () -> ifValid(model::deliver));
    deliver.setId("debug-event-continue");
    deliver.getStyleClass().add("accent");
    Button next = Views.button("Step to next event", Icon.STEP_OVER, () -> ifValid(model::stepToNext));
    next.setId("debug-event-step");
    Button drop = Views.button("Drop", Icon.TRASH, model::drop);
    drop.setId("debug-event-drop");
    List.of(deliver, next, drop).forEach(b -> b.disableProperty().bind(model.movingProperty()));
    eventProblem.getStyleClass().add("text-danger");
    eventProblem.setWrapText(true);
    Node editor = event.node();
    VBox.setVgrow(editor, Priority.ALWAYS);
    return new VBox(6, new HBox(6, deliver, next, drop), eventProblem,
        Views.muted("Edit the event, then continue: the function gets it as edited."), editor);
  }

  private void ifValid(java.util.function.Consumer<String> action) {
    String text = event.text();
    Optional<String> problem = StopViewModel.problem(text);
    eventProblem.setText(problem.map(p -> "Not JSON: " + p).orElse(""));
    if (problem.isEmpty()) {
      action.accept(text);
    }
  }

  private void initListeners() {
    debugger.selectedProperty().addListener((o, was, now) -> show(now));
    model.frameProperty().addListener((o, was, now) -> stack.getSelectionModel().select(now.intValue()));
    root.sceneProperty().addListener((o, was, scene) -> {
      if (scene != null) {
        keys(scene);
      }
    });
  }

  private void keys(Scene scene) {
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), model::resume);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10), () -> model.step(StepKind.OVER));
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> model.step(StepKind.INTO));
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN), () -> model.step(StepKind.OUT));
  }

  private void show(Optional<Stopped> stop) {
    if (stop.isEmpty()) {
      root.getChildren().setAll(nothing);
      eventShown = "";
      return;
    }
    if (stop.get() instanceof Stopped.Code code) {
      showPaused(code.paused());
    } else {
      showHeld((Stopped.Event) stop.get());
    }
  }

  private void showPaused(PausedInvocation p) {
    eventShown = "";
    title.setText(p.function() + " paused" + (p.reason().equals("step") ? " after a step" : " at a breakpoint"));
    where.setText(Path.of(p.location().file()).getFileName() + ":" + p.location().line()
        + (p.requestId().isEmpty() ? "" : "   request " + p.requestId()));
    stack.getItems().setAll(p.frames());
    stack.getSelectionModel().select(model.frameProperty().get());
    watchList.getItems().setAll(p.watches());
    VBox.setVgrow(codeBox, Priority.ALWAYS);
    showChildren(codeBox);
  }

  private void showHeld(Stopped.Event e) {
    title.setText("Event to " + e.function() + " held" + switch (e.held().reason()) {
      case BREAKPOINT -> " at a breakpoint";
      case STEP -> " (the next event after a step)";
      case ERROR -> " after the function failed on it";
    });
    where.setText(e.held().trigger().source().name().toLowerCase(java.util.Locale.ROOT) + " event, attempt "
        + e.held().attempt() + e.held().errorType().map(t -> ", failed with " + t).orElse(""));
    if (!eventShown.equals(e.id())) {
      eventShown = e.id();
      eventProblem.setText("");
      event.show(StopViewModel.text(e));
    }
    VBox.setVgrow(eventBox, Priority.ALWAYS);
    showChildren(eventBox);
  }

  /** Swaps the panel's body only when it changes: re-adding a subtree styles it all again. */
  private void showChildren(VBox body) {
    if (!root.getChildren().equals(List.of(title, where, body))) {
      root.getChildren().setAll(title, where, body);
    }
  }

  private static final class FrameCell extends ListCell<StackFrame> {
    @Override
    protected void updateItem(StackFrame f, boolean empty) {
      super.updateItem(f, empty);
      setText(empty || f == null ? null
          : f.name() + "   " + Path.of(f.location().file()).getFileName() + ":" + f.location().line());
    }
  }

  private static final class WatchCell extends ListCell<Watch> {
    @Override
    protected void updateItem(Watch w, boolean empty) {
      super.updateItem(w, empty);
      setText(empty || w == null ? null
          : w.expression() + " = " + w.value().map(v -> v.value()).orElse(w.error().map(e -> "(" + e + ")").orElse("")));
    }
  }
}
