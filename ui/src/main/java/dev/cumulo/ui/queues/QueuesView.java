package dev.cumulo.ui.queues;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.MessageView;
import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.JsonText;
import dev.cumulo.ui.common.Tables;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The queues page: queues with live counts, the selected queue's messages (peeked), and a message's details. */
public final class QueuesView {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private final QueuesViewModel model;
  private final UiThreads threads;
  private final BorderPane root = new BorderPane();
  private final TableView<QueueRow> queues;
  private final TableView<MessageView> messages;
  private final Label title = new Label();
  private Button redrive;
  private final CodeView body;
  private final GridPane attributes = new GridPane();

  public QueuesView(QueuesViewModel model, UiThreads threads) {
    this.model = model;
    this.threads = threads;
    this.queues = Tables.fitted(model.queues(), 12, "No queues in this project");
    this.messages = new TableView<>(model.messages());
    this.body = new CodeView(threads.background(), threads.fx(), false);
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private void createView() {
    root.setId("queues");
    queues.setId("queues-list");
    queues.getColumns().addAll(List.of(
        Tables.column("Queue", 220, QueueRow::name),
        Tables.column("Visible", 80, r -> r.counts().visible()),
        Tables.column("In flight", 80, r -> r.counts().inFlight()),
        Tables.column("Delayed", 80, r -> r.counts().delayed()),
        Tables.column("Dead-letter queue", 200, r -> r.isDeadLetterQueue() ? "(is one)" : r.deadLetterQueue())));
    messages.setId("queue-messages");
    messages.setPlaceholder(Views.muted("No messages. Send one, or let a function or client send one."));
    messages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    messages.getColumns().addAll(List.of(
        Tables.column("Sent", 120, m -> TIME.format(m.sentAt())),
        Tables.column("State", 90, m -> m.state().name().toLowerCase().replace('_', ' ')),
        Tables.column("Receives", 85, MessageView::receiveCount),
        Tables.column("Body", 420, m -> m.body().length() > 200 ? m.body().substring(0, 200) + "…" : m.body())));
    title.getStyleClass().add("title-4");
    Button send = Views.button("Send…", Icon.SEND, this::send);
    send.setId("queue-send");
    Button purge = Views.button("Purge", Icon.PURGE, this::purge);
    purge.setId("queue-purge");
    redrive = Views.button("Redrive to source", Icon.RESTART, model::redrive);
    redrive.setId("queue-redrive");
    Button peek = Views.iconButton(Icon.RESTART, "Peek again (messages are read, not received)", model::peek);
    peek.setId("queue-peek");
    HBox bar = Views.bar(title, Views.muted("peeked, not received"), Views.grow(), send, purge, redrive, peek);
    attributes.setHgap(10);
    attributes.setVgap(4);
    VBox details = new VBox(8, Views.title("Message"), attributes, body.node());
    details.setPadding(new Insets(10));
    VBox.setVgrow(body.node(), javafx.scene.layout.Priority.ALWAYS);
    SplitPane split = new SplitPane(messages, details);
    split.setDividerPositions(0.6);
    BorderPane selectedQueue = new BorderPane(split);
    selectedQueue.setTop(bar);
    VBox top = new VBox(6, queues);
    top.setPadding(new Insets(10));
    root.setTop(top);
    root.setCenter(selectedQueue);
    showMessage(null);
  }

  private void initListeners() {
    queues.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null && !model.selectedProperty().get().map(s -> s.name().equals(now.name())).orElse(false)) {
        model.select(now);
      }
    });
    model.selectedProperty().addListener((o, was, now) -> showQueue());
    messages.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showMessage(now));
    showQueue();
  }

  private void showQueue() {
    var selected = model.selectedProperty().get();
    title.setText(selected.map(QueueRow::name).orElse("No queue selected"));
    redrive.setDisable(selected.map(q -> !q.isDeadLetterQueue() || q.counts().visible() == 0).orElse(true));
    selected.ifPresent(q -> model.queues().stream().filter(r -> r.name().equals(q.name())).findFirst()
        .filter(r -> queues.getSelectionModel().getSelectedItem() == null || !queues.getSelectionModel().getSelectedItem().name().equals(r.name()))
        .ifPresent(r -> queues.getSelectionModel().select(r)));
  }

  private void showMessage(MessageView message) {
    attributes.getChildren().clear();
    if (message == null) {
      attributes.addRow(0, Views.muted("Select a message to see its body and attributes."));
      body.show("");
      return;
    }
    int row = 0;
    attributes.addRow(row++, Views.key("Message id"), new Label(message.messageId()));
    attributes.addRow(row++, Views.key("Receive count"), new Label(String.valueOf(message.receiveCount())));
    attributes.addRow(row++, Views.key("Sent"), new Label(TIME.format(message.sentAt())));
    message.groupId().ifPresent(g -> attributes.addRow(attributes.getRowCount(), Views.key("Group"), new Label(g)));
    message.traceHeader().ifPresent(t -> attributes.addRow(attributes.getRowCount(), Views.key("AWSTraceHeader"), new Label(t)));
    message.deadLetterSourceArn().ifPresent(a -> attributes.addRow(attributes.getRowCount(), Views.key("Dead-letter source"), new Label(a)));
    for (Map.Entry<String, MessageAttribute> a : message.attributes().entrySet()) {
      String value = a.getValue().stringValue() != null ? a.getValue().stringValue() : "(" + a.getValue().binaryValue().length + " bytes)";
      attributes.addRow(attributes.getRowCount(), Views.key(a.getKey() + " (" + a.getValue().dataType() + ")"), new Label(value));
    }
    body.show(JsonText.pretty(message.body()).orElse(message.body()));
  }

  private void send() {
    model.selectedProperty().get().ifPresent(q ->
        SendDialog.ask(root.getScene().getWindow(), threads, q).ifPresent(model::send));
  }

  private void purge() {
    model.selectedProperty().get().ifPresent(q -> {
      Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Every message in " + q.name() + " is deleted.",
          ButtonType.OK, ButtonType.CANCEL);
      confirm.initOwner(root.getScene().getWindow());
      confirm.setHeaderText("Purge " + q.name() + "?");
      if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
        model.purge();
      }
    });
  }
}
