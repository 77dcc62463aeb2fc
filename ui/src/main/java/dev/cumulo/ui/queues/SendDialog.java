package dev.cumulo.ui.queues;

import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.UiThreads;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a message to send: body, attributes, delay, and the group and deduplication ids of a FIFO queue. */
final class SendDialog {
  private SendDialog() {}

  static Optional<MessageDraft> ask(Window owner, UiThreads threads, QueueRow queue) {
    Dialog<MessageDraft> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Send a message");
    dialog.setHeaderText("Send a message to " + queue.name());
    CodeView body = new CodeView(threads.background(), threads.fx(), true);
    body.show("{\n  \"orderId\": 1\n}");
    body.node().setStyle("-fx-pref-width: 560; -fx-pref-height: 220;");
    body.node().setId("send-body");
    TextArea attributes = new TextArea();
    attributes.setPromptText("one attribute per line: name=value");
    attributes.setPrefRowCount(3);
    attributes.setId("send-attributes");
    Spinner<Integer> delay = new Spinner<>(0, 900, 0);
    delay.setEditable(true);
    TextField group = new TextField();
    TextField dedup = new TextField();
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, new Label("Attributes"), attributes);
    form.addRow(1, new Label("Delay (seconds)"), delay);
    if (queue.fifo()) {
      form.addRow(2, new Label("Message group id"), group);
      form.addRow(3, new Label("Deduplication id"), dedup);
    }
    Label problem = new Label();
    problem.getStyleClass().add("danger");
    problem.setWrapText(true);
    problem.setId("send-problem");
    dialog.getDialogPane().setContent(new VBox(10, new Label("Body"), body.node(), form, problem));
    ButtonType send = new ButtonType("Send", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().addAll(send, ButtonType.CANCEL);
    Button sendButton = (Button) dialog.getDialogPane().lookupButton(send);
    sendButton.setId("send-confirm");
    sendButton.addEventFilter(ActionEvent.ACTION, e -> {
      Optional<String> why = draft(body, attributes, delay, group, dedup).problem();
      if (why.isPresent()) {
        problem.setText(why.get());
        e.consume();
      }
    });
    dialog.setResultConverter(button -> button == send ? draft(body, attributes, delay, group, dedup) : null);
    return dialog.showAndWait();
  }

  private static MessageDraft draft(CodeView body, TextArea attributes, Spinner<Integer> delay, TextField group, TextField dedup) {
    return new MessageDraft(body.text(), attributes.getText(), delay.getValue(), group.getText(), dedup.getText());
  }
}
