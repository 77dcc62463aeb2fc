package dev.cumulo.ui.cost;

import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.estimate.SweepResult;
import dev.cumulo.cost.estimate.SweepRow;
import dev.cumulo.cost.sweep.SweepReport;
import dev.cumulo.cost.sweep.SweepRequest;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The memory sweep: a function and one of its recorded events, re-run at each memory size with that size's CPU share;
 * duration and cost per size as two bar charts, the cheapest and the fastest size marked, and how the CPU was limited
 * (or that it could not be, and what was modelled instead).
 */
final class SweepPane {
  private static final String CHEAPEST = "-color-success-emphasis";
  private static final String FASTEST = "-color-accent-emphasis";
  private static final String CHEAPEST_AND_FASTEST =
      "linear-gradient(to right, -color-success-emphasis 50%, -color-accent-emphasis 50%)";
  private static final String OTHER = "-color-fg-subtle";
  private final CostViewModel model;
  private final VBox root = new VBox(8);
  private final ComboBox<String> function = new ComboBox<>();
  private final ComboBox<RecordedEvent> event = new ComboBox<>();
  private final Label statement = new Label();
  private final Label verdict = new Label();
  private final Label problem = new Label();
  private final BarChart<String, Number> durations = chart("Duration per invocation (ms, warm median)", "ms");
  private final BarChart<String, Number> costs = chart("Cost per million invocations ($)", "$");

  SweepPane(CostViewModel model) {
    this.model = model;
    createView();
    initListeners();
  }

  Node node() {
    return root;
  }

  private void createView() {
    function.setId("sweep-function");
    function.setPromptText("Function");
    event.setId("sweep-event");
    event.setPromptText("No recorded invocation");
    event.setPrefWidth(260);
    Button run = Views.button("Run sweep", Icon.PLAY, () -> model.runSweep(function.getValue(),
        Optional.ofNullable(event.getValue())));
    run.setId("sweep-run");
    run.disableProperty().bind(model.sweepingProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(model.sweepingProperty());
    Label running = Views.muted(String.format(Locale.ROOT, "%d sizes × %d runs each, one size after another",
        SweepRequest.DEFAULT_SIZES.size(), SweepRequest.DEFAULT_REPETITIONS));
    running.visibleProperty().bind(model.sweepingProperty());
    HBox bar = new HBox(8, Views.muted("Function"), function, Views.muted("Event of"), event, run, progress, running);
    bar.setAlignment(Pos.CENTER_LEFT);
    problem.getStyleClass().add("cost-problem");
    problem.setWrapText(true);
    problem.setId("sweep-problem");
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.managedProperty());
    statement.setWrapText(true);
    statement.setId("sweep-statement");
    verdict.setWrapText(true);
    verdict.setId("sweep-verdict");
    verdict.getStyleClass().add("cost-verdict");
    GridPane charts = new GridPane();
    charts.setHgap(12);
    charts.add(durations, 0, 0);
    charts.add(costs, 1, 0);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(50);
      charts.getColumnConstraints().add(column);
    }
    root.getChildren().addAll(Views.title("Memory sweep"),
        Views.muted("Re-runs a recorded event at " + SweepRequest.DEFAULT_SIZES.stream().map(String::valueOf)
            .collect(Collectors.joining(", ")) + " MB, each size with the CPU share Lambda gives it (1,769 MB = 1 vCPU)."),
        bar, problem, verdict, statement, charts);
    root.getStyleClass().add("card-box");
    root.setId("sweep");
  }

  private static BarChart<String, Number> chart(String title, String unit) {
    CategoryAxis x = new CategoryAxis();
    x.setLabel("Memory (MB)");
    NumberAxis y = new NumberAxis();
    y.setLabel(unit);
    BarChart<String, Number> chart = new BarChart<>(x, y);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setMinHeight(260);
    chart.setPrefHeight(300);
    chart.getStyleClass().add("sweep-chart");
    return chart;
  }

  private void initListeners() {
    model.functions().addListener((ListChangeListener<String>) c -> {
      function.getItems().setAll(model.functions());
      function.getSelectionModel().selectFirst();
    });
    function.valueProperty().addListener((o, was, now) -> model.chooseFunction(now));
    function.getItems().setAll(model.functions());
    function.getSelectionModel().selectFirst();
    model.events().addListener((ListChangeListener<RecordedEvent>) c -> {
      event.getItems().setAll(model.events());
      event.getSelectionModel().selectFirst();
    });
    problem.textProperty().bind(model.sweepProblemProperty());
    model.sweepProperty().addListener((o, was, now) -> show(now));
    root.sceneProperty().addListener((o, was, now) -> {
      if (now != null && function.getValue() != null) {
        model.chooseFunction(function.getValue());
      }
    });
    show(model.sweepProperty().get());
  }

  private void show(Optional<SweepReport> report) {
    durations.getData().clear();
    costs.getData().clear();
    if (report.isEmpty()) {
      statement.setText("");
      verdict.setText("No sweep yet: choose a function and one of its recorded invocations, then run the sweep.");
      return;
    }
    SweepResult result = report.get().result();
    statement.setText(report.get().statement());
    verdict.setText(String.format(Locale.ROOT, "%s: cheapest at %,d MB (%s per million invocations, %,d ms billed); "
        + "fastest at %,d MB (%,d ms billed, %s per million). Green: cheapest; blue: fastest; pale bars are modelled, solid ones measured.",
        result.function(), result.cheapest().memoryMb(), Dollars.cents(result.cheapest().costPerMillion()),
        result.cheapest().billedDurationMs(), result.fastest().memoryMb(), result.fastest().billedDurationMs(),
        Dollars.cents(result.fastest().costPerMillion())));
    durations.getData().add(series(result, SweepRow::durationMs));
    costs.getData().add(series(result, r -> r.costPerMillion().doubleValue()));
  }

  private static XYChart.Series<String, Number> series(SweepResult result, ToDoubleFunction<SweepRow> value) {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    for (SweepRow row : result.rows()) {
      XYChart.Data<String, Number> data = new XYChart.Data<>(String.format(Locale.ROOT, "%,d", row.memoryMb()),
          value.applyAsDouble(row));
      data.nodeProperty().addListener((o, was, node) -> {
        if (node != null) {
          mark(node, row, result);
        }
      });
      series.getData().add(data);
    }
    return series;
  }

  /**
   * Colours the cheapest and the fastest bar and pales modelled ones. Inline, because the chart replaces a bar's style
   * classes after it is created.
   */
  private static void mark(Node bar, SweepRow row, SweepResult result) {
    boolean cheapest = row.memoryMb() == result.cheapest().memoryMb();
    boolean fastest = row.memoryMb() == result.fastest().memoryMb();
    String colour = cheapest && fastest ? CHEAPEST_AND_FASTEST : cheapest ? CHEAPEST : fastest ? FASTEST : OTHER;
    bar.setStyle("-fx-background-color: " + colour + ";");
    bar.setOpacity(row.measured() ? 1 : 0.45);
    javafx.scene.control.Tooltip.install(bar, new javafx.scene.control.Tooltip(String.format(Locale.ROOT,
        "%,d MB: %.1f ms (%s), %,d ms billed, %s per invocation", row.memoryMb(), row.durationMs(),
        row.measured() ? "measured" : "modelled", row.billedDurationMs(), Dollars.precise(row.costPerInvocation()))));
  }
}
