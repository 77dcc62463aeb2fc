package dev.cumulo.ui.inspector;

import dev.cumulo.cost.estimate.InvocationCost;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.ui.code.CodeView;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import dev.cumulo.ui.timeline.Durations;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The panel beside the current view that shows the selected invocation: overview, event, response, logs, actions. */
public final class InspectorView {
  private final InspectorViewModel model;
  private final BorderPane root = new BorderPane();
  private final Label title = new Label();
  private final Label outcome = new Label();
  private final GridPane facts = new GridPane();
  private final HBox phases = new HBox();
  private final VBox phaseBox = new VBox(4);
  private final VBox chain = new VBox(2);
  private final CodeView event;
  private final CodeView response;
  private final ListView<LogLine> logs = new ListView<>();
  private final TabPane tabs = new TabPane();

  public InspectorView(InspectorViewModel model, UiThreads threads) {
    this.model = model;
    this.event = new CodeView(threads.background(), threads.fx(), false);
    this.response = new CodeView(threads.background(), threads.fx(), false);
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private void createView() {
    root.getStyleClass().add("inspector");
    root.setId("inspector");
    title.getStyleClass().add("title-4");
    title.setId("inspector-title");
    outcome.setId("inspector-outcome");
    outcome.getStyleClass().add("outcome-badge");
    Button close = Views.iconButton(Icon.CLOSE, "Close the inspector (Escape on the timeline)", model::close);
    HBox heading = Views.bar(title, outcome, Views.grow(), close);
    Button again = Views.button("Invoke again", Icon.INVOKE, model::invokeAgain);
    again.setId("inspector-invoke-again");
    Button copy = Views.button("Copy as aws command", Icon.COPY, () -> Views.copy(model.awsCliCommand()));
    copy.setId("inspector-copy-cli");
    Button save = Views.button("Save event…", Icon.SAVE, this::saveEvent);
    HBox actions = Views.bar(again, copy, save);
    root.setTop(new VBox(heading, actions));

    facts.setHgap(12);
    facts.setVgap(4);
    facts.getStyleClass().add("facts");
    phases.getStyleClass().add("phase-bar");
    phases.setPrefHeight(14);
    VBox overview = new VBox(14, facts, phaseBox, chain);
    overview.setPadding(new Insets(12));
    ScrollPane overviewScroll = new ScrollPane(overview);
    overviewScroll.setFitToWidth(true);
    logs.setId("inspector-logs");
    logs.setCellFactory(list -> new LogCell());
    tabs.getTabs().addAll(tab("Overview", overviewScroll), tab("Event", event.node()), tab("Response", response.node()),
        tab("Logs", logs));
    tabs.setId("inspector-tabs");
    root.setCenter(tabs);
    showNothing();
  }

  private static Tab tab(String name, Node content) {
    Tab tab = new Tab(name, content);
    tab.setClosable(false);
    return tab;
  }

  private void initListeners() {
    model.detailsProperty().addListener((o, was, now) -> show(was, now));
    show(Optional.empty(), model.detailsProperty().get());
  }

  private void show(Optional<InvocationDetails> was, Optional<InvocationDetails> now) {
    if (now.isEmpty()) {
      showNothing();
      return;
    }
    InvocationDetails d = now.get();
    InvocationRecord r = d.record();
    title.setText(r.function());
    outcome.setText(ReportFacts.outcome(r));
    outcome.getStyleClass().removeAll("success", "danger", "accent");
    outcome.getStyleClass().add(!r.isDone() ? "accent" : r.outcome().isError() ? "danger" : "success");
    showFacts(r, d.cost());
    showPhases(r);
    showChain(d);
    boolean sameInvocation = was.map(w -> w.record().requestId().equals(r.requestId())).orElse(false);
    if (!sameInvocation || !event.text().equals(d.event())) {
      event.show(d.event());
    }
    if (!sameInvocation || !response.text().equals(d.response())) {
      response.show(d.response());
    }
    logs.getItems().setAll(d.logs());
  }

  private void showNothing() {
    title.setText("No invocation selected");
    outcome.setText("");
    facts.getChildren().clear();
    phaseBox.getChildren().clear();
    chain.getChildren().setAll(Views.muted("Click a bar on the timeline or a log line to inspect an invocation."));
    event.show("");
    response.show("");
    logs.getItems().clear();
  }

  private void showFacts(InvocationRecord r, Optional<InvocationCost> cost) {
    facts.getChildren().clear();
    List<ReportFacts.Fact> list = new java.util.ArrayList<>(ReportFacts.of(r));
    cost.ifPresent(c -> list.add(list.size() - 2, ReportFacts.cost(c)));
    for (int i = 0; i < list.size(); i++) {
      Label label = Views.key(list.get(i).label());
      Label value = new Label(list.get(i).value());
      value.setWrapText(true);
      facts.addRow(i, label, value);
    }
  }

  private void showPhases(InvocationRecord r) {
    List<ReportFacts.PhaseTime> times = ReportFacts.phases(r);
    double total = times.stream().mapToDouble(ReportFacts.PhaseTime::millis).sum();
    phases.getChildren().clear();
    HBox labels = new HBox(12);
    for (ReportFacts.PhaseTime t : times) {
      Region segment = new Region();
      segment.getStyleClass().addAll("phase", "phase-" + t.name().toLowerCase());
      segment.setMinWidth(3);
      segment.prefWidthProperty().bind(phases.widthProperty().multiply(total == 0 ? 0 : t.millis() / total));
      phases.getChildren().add(segment);
      labels.getChildren().add(Views.muted(t.name() + " " + Durations.format(t.millis())));
    }
    phaseBox.getChildren().setAll(Views.title(r.coldStart() ? "Cold start" : "Phases"), phases, labels);
  }

  private void showChain(InvocationDetails d) {
    chain.getChildren().setAll(Views.title("Chain of causes"));
    if (d.parent().isPresent()) {
      chain.getChildren().addAll(Views.muted("Caused by"), link(d.parent().get()));
    } else if (!d.record().parentRequestId().isEmpty()) {
      chain.getChildren().add(Views.muted("Caused by " + d.record().parentRequestId() + " (not recorded)"));
    } else {
      chain.getChildren().add(Views.muted("Started by " + d.record().trigger().source().name().toLowerCase() + ": "
          + d.record().trigger().detail()));
    }
    if (!d.children().isEmpty()) {
      chain.getChildren().add(Views.muted("Caused " + d.children().size() + (d.children().size() == 1 ? " invocation" : " invocations")));
      d.children().stream().limit(50).forEach(c -> chain.getChildren().add(link(c)));
    }
  }

  private Hyperlink link(InvocationRecord r) {
    Hyperlink link = new Hyperlink(r.function() + " · " + ReportFacts.outcome(r) + " · " + r.requestId());
    link.getStyleClass().add("chain-link");
    link.setOnAction(e -> model.select(r.requestId()));
    return link;
  }

  private void saveEvent() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the event");
    chooser.setInitialFileName("event.json");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
    File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
    if (file != null) {
      model.saveEvent(file.toPath());
    }
  }

  /** A log line; Lambda's own lines (START, END, REPORT) are dimmed. */
  private static final class LogCell extends ListCell<LogLine> {
    @Override
    protected void updateItem(LogLine line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().remove("platform-line");
      if (empty || line == null) {
        setText(null);
        return;
      }
      setText(line.text());
      if (line.platform()) {
        getStyleClass().add("platform-line");
      }
    }
  }

}
