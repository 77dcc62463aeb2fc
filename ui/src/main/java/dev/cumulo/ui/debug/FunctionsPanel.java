package dev.cumulo.ui.debug;

import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The functions, each with its switches (debug its code, break when it fails), and the source files of the one
 * selected; choosing a file opens it in the code view. Files are listed off the UI thread.
 */
final class FunctionsPanel {
  private final DebuggerViewModel model;
  private final UiThreads threads;
  private final ListView<FunctionDebugState> functions = new ListView<>();
  private final ListView<Path> files = new ListView<>();
  private final VBox root;
  private String listed = "";

  FunctionsPanel(DebuggerViewModel model, UiThreads threads, Consumer<Path> open) {
    this.model = model;
    this.threads = threads;
    functions.setItems(model.functions());
    functions.setId("debug-functions");
    functions.setCellFactory(l -> new FunctionCell());
    functions.setPrefHeight(260);
    VBox.setVgrow(functions, Priority.ALWAYS);
    functions.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && !now.function().equals(listed)) {
        list(now.function());
      }
    });
    files.setId("debug-files");
    files.setCellFactory(l -> new FileCell());
    files.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        open.accept(now);
      }
    });
    files.setPrefHeight(150);
    files.setMinHeight(80);
    root = new VBox(6, Views.key("Functions"), functions, Views.key("Source files"), files);
  }

  Node node() {
    return root;
  }

  /** Shows the files of {@code function} (selecting it in the list). */
  void select(String function) {
    model.functions().stream().filter(f -> f.function().equals(function)).findFirst()
        .ifPresent(f -> functions.getSelectionModel().select(f));
  }

  private void list(String function) {
    listed = function;
    files.getItems().clear();
    model.spec(function).ifPresent(spec -> {
      Path root = model.projectRoot();
      threads.background().execute(() -> {
        List<Path> found = SourceFiles.of(spec, root);
        threads.fx().execute(() -> {
          if (listed.equals(function)) {
            files.getItems().setAll(found);
            files.setPlaceholder(new Label("No source files under " + spec.codeUri().map(Path::toString).orElse("the project")));
          }
        });
      });
    });
  }

  private final class FunctionCell extends ListCell<FunctionDebugState> {
    @Override
    protected void updateItem(FunctionDebugState f, boolean empty) {
      super.updateItem(f, empty);
      if (empty || f == null) {
        setGraphic(null);
        return;
      }
      Label name = new Label(f.function());
      name.getStyleClass().add("fn-name");
      Label runtime = Views.muted(f.runtime() + (f.attachedInstances() > 0 ? " · " + f.attachedInstances() + " attached" : ""));
      CheckBox debug = new CheckBox("Debug");
      debug.setSelected(f.debugging());
      debug.setDisable(!f.codeDebuggable());
      debug.setId("debug-toggle-" + f.function());
      debug.setTooltip(new Tooltip(f.codeDebuggable() ? "Start new instances under the debugger, so code breakpoints stop them"
          : f.runtime() + " has no code debugger; event breakpoints work"));
      debug.setOnAction(e -> model.setDebugging(f.function(), debug.isSelected()));
      CheckBox onError = new CheckBox("Break on error");
      onError.setSelected(f.breakOnError());
      onError.setTooltip(new Tooltip("Hold an event the function fails on, to edit and deliver it again"));
      onError.setOnAction(e -> model.setBreakOnError(f.function(), onError.isSelected()));
      VBox row = new VBox(3, name, runtime, new HBox(12, debug, onError));
      row.setMinWidth(0);
      setGraphic(row);
    }
  }

  private final class FileCell extends ListCell<Path> {
    FileCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Path p, boolean empty) {
      super.updateItem(p, empty);
      Path root = model.projectRoot();
      setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
      setText(empty || p == null ? null : p.startsWith(root) ? root.relativize(p).toString() : p.toString());
      setTooltip(empty || p == null ? null : new Tooltip(p.toString()));
    }
  }
}
