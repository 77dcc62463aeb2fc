package dev.cumulo.ui.resources;

import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.UiThreads;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the event to send to a function, prefilled with an example; refuses to close on JSON that does not parse. */
public final class InvokeDialog {
  private InvokeDialog() {}

  public static Optional<String> ask(Window owner, UiThreads threads, String function, String example,
      Function<String, Optional<String>> problemWith) {
    Dialog<String> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Invoke " + function);
    dialog.setHeaderText("Event for " + function);
    CodeView editor = new CodeView(threads.background(), threads.fx(), true);
    editor.show(example);
    editor.node().setStyle("-fx-pref-width: 640; -fx-pref-height: 380;");
    Label problem = new Label();
    problem.getStyleClass().add("danger");
    problem.setWrapText(true);
    problem.setId("invoke-problem");
    dialog.getDialogPane().setContent(new VBox(8, editor.node(), problem));
    ButtonType invoke = new ButtonType("Invoke", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().addAll(invoke, ButtonType.CANCEL);
    Button invokeButton = (Button) dialog.getDialogPane().lookupButton(invoke);
    invokeButton.setId("invoke-send");
    invokeButton.addEventFilter(ActionEvent.ACTION, e -> {
      Optional<String> why = problemWith.apply(editor.text());
      if (why.isPresent()) {
        problem.setText("The event is not valid JSON: " + why.get());
        e.consume();
      }
    });
    dialog.setResultConverter(button -> button == invoke ? editor.text() : null);
    return dialog.showAndWait();
  }
}
