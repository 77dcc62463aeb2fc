package dev.cumulo.ui.resources;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Tables;
import dev.cumulo.ui.common.UiThreads;
import dev.cumulo.ui.common.Views;
import dev.cumulo.ui.resources.ResourceRows.BucketRow;
import dev.cumulo.ui.resources.ResourceRows.FunctionRow;
import dev.cumulo.ui.resources.ResourceRows.QueueRow;
import dev.cumulo.ui.resources.ResourceRows.RouteRow;
import dev.cumulo.ui.resources.ResourceRows.ScheduleRow;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The resources page: how to connect, then functions, buckets, queues, routes and schedules. */
public final class ResourcesView {
  private final ResourcesViewModel model;
  private final UiThreads threads;
  private final ScrollPane root = new ScrollPane();
  private final Label edge = new Label();
  private final Label api = new Label();
  private final Label example = new Label();

  public ResourcesView(ResourcesViewModel model, UiThreads threads) {
    this.model = model;
    this.threads = threads;
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private void createView() {
    VBox page = new VBox(18, connect(),
        section("Functions", Icon.INVOKE, functionsTable()),
        section("HTTP routes", Icon.ROUTE, routesTable()),
        section("Buckets", Icon.BUCKET, bucketsTable()),
        section("Queues", Icon.QUEUE, queuesTable()),
        section("Schedules", Icon.CLOCK, schedulesTable()));
    page.setPadding(new Insets(16));
    page.getStyleClass().add("resources-page");
    root.setContent(page);
    root.setFitToWidth(true);
    root.setId("resources");
  }

  private Node connect() {
    edge.setId("endpoint-edge");
    edge.getStyleClass().add("mono");
    api.getStyleClass().add("mono");
    example.getStyleClass().add("mono");
    example.setId("endpoint-example");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.addRow(0, Views.key("Lambda, S3, SQS"), edge, Views.copyButton("Copy the endpoint", edge::getText));
    grid.addRow(1, Views.key("HTTP API"), api, Views.copyButton("Copy the HTTP API address", api::getText));
    grid.addRow(2, Views.key("Try"), example, Views.copyButton("Copy the command", example::getText));
    VBox card = new VBox(8, Views.title("Connect"), grid,
        Views.muted("Credentials can be anything (AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test), region us-east-1."));
    card.getStyleClass().add("card-box");
    return card;
  }

  private static Node section(String title, Icon icon, Node content) {
    HBox heading = new HBox(8, icon.node(18), Views.title(title));
    heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return new VBox(8, heading, content);
  }

  private TableView<FunctionRow> functionsTable() {
    TableView<FunctionRow> table = Tables.fitted(model.functions(), 30, "No functions in this project");
    table.setId("functions-table");
    TableColumn<FunctionRow, FunctionRow> status = Tables.column("Status", 220, r -> r);
    status.setCellFactory(c -> new StatusCell());
    TableColumn<FunctionRow, FunctionRow> action = Tables.column("", 110, r -> r);
    action.setCellFactory(c -> new InvokeCell());
    action.setSortable(false);
    table.getColumns().addAll(List.of(
        Tables.column("Function", 170, FunctionRow::name),
        Tables.column("Runtime", 100, FunctionRow::runtime),
        Tables.column("Memory", 80, r -> r.memoryMb() + " MB"),
        Tables.column("Timeout", 70, r -> r.timeoutSeconds() + " s"),
        Tables.column("Starting", 70, FunctionRow::starting),
        Tables.column("Warm", 60, FunctionRow::warm),
        Tables.column("Busy", 60, FunctionRow::busy),
        Tables.column("Triggers", 200, FunctionRow::triggers),
        status, action));
    return table;
  }

  private TableView<RouteRow> routesTable() {
    TableView<RouteRow> table = Tables.fitted(model.routes(), 20, "No Api or HttpApi events in this project");
    table.getColumns().addAll(List.of(
        Tables.column("Method", 80, RouteRow::method),
        Tables.column("Path", 200, RouteRow::path),
        Tables.column("Function", 160, RouteRow::function),
        Tables.column("Kind", 90, RouteRow::api),
        Tables.column("URL", 300, RouteRow::url)));
    return table;
  }

  private TableView<BucketRow> bucketsTable() {
    TableView<BucketRow> table = Tables.fitted(model.buckets(), 20, "No buckets in this project");
    table.getColumns().addAll(List.of(
        Tables.column("Bucket", 220, BucketRow::name),
        Tables.column("Resource", 160, BucketRow::logicalId),
        Tables.column("Notifies", 300, BucketRow::notifies)));
    return table;
  }

  private TableView<QueueRow> queuesTable() {
    TableView<QueueRow> table = Tables.fitted(model.queues(), 20, "No queues in this project");
    table.setId("queues-table");
    table.getColumns().addAll(List.of(
        Tables.column("Queue", 200, QueueRow::name),
        Tables.column("Type", 80, r -> r.fifo() ? "FIFO" : "Standard"),
        Tables.column("Dead-letter queue", 160, QueueRow::deadLetterQueue),
        Tables.column("Visible", 80, QueueRow::visible),
        Tables.column("In flight", 80, QueueRow::inFlight),
        Tables.column("Delayed", 80, QueueRow::delayed)));
    return table;
  }

  private TableView<ScheduleRow> schedulesTable() {
    TableView<ScheduleRow> table = Tables.fitted(model.schedules(), 20, "No Schedule events in this project");
    table.getColumns().addAll(List.of(
        Tables.column("Schedule", 160, ScheduleRow::name),
        Tables.column("Expression", 200, ScheduleRow::expression),
        Tables.column("Function", 160, ScheduleRow::function),
        Tables.column("Enabled", 80, r -> r.enabled() ? "yes" : "no")));
    return table;
  }

  private void initListeners() {
    edge.textProperty().bind(model.edgeUrlProperty());
    api.textProperty().bind(model.apiUrlProperty());
    model.edgeUrlProperty().addListener((o, was, now) -> example.setText(model.listFunctionsExample()));
    example.setText(model.listFunctionsExample());
  }

  private void invoke(FunctionRow row) {
    InvokeDialog.ask(root.getScene().getWindow(), threads, row.name(), model.sampleEvent(row.name()), model::problemWith)
        .ifPresent(event -> model.invoke(row.name(), event));
  }

  /** "ready", or why the function cannot run here. */
  private static final class StatusCell extends TableCell<FunctionRow, FunctionRow> {
    @Override
    protected void updateItem(FunctionRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll("status-unavailable", "status-ready");
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(row.available() ? "ready" : "unavailable: " + row.reason());
      setTooltip(row.available() ? null : new javafx.scene.control.Tooltip(row.reason()));
      getStyleClass().add(row.available() ? "status-ready" : "status-unavailable");
    }
  }

  private final class InvokeCell extends TableCell<FunctionRow, FunctionRow> {
    private final Button button = new Button("Invoke…", Icon.INVOKE.node(12));

    InvokeCell() {
      button.getStyleClass().add("small");
      button.setOnAction(e -> {
        if (getItem() != null) {
          invoke(getItem());
        }
      });
    }

    @Override
    protected void updateItem(FunctionRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      button.setDisable(!row.available());
      button.setId("invoke-" + row.name());
      setGraphic(button);
    }
  }
}
