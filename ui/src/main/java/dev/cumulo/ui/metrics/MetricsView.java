package dev.cumulo.ui.metrics;

import dev.cumulo.ui.common.Views;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;

/** The metrics page: four charts over a sliding window, for all functions or one; refreshed every second while shown. */
public final class MetricsView {
  private static final String ALL_FUNCTIONS = "All functions";

  /** A window choice and its label. */
  private record Window(String label, Duration length) {
    @Override
    public String toString() {
      return label;
    }
  }

  private final MetricsViewModel model;
  private final BorderPane root = new BorderPane();
  private final ComboBox<String> functions = new ComboBox<>();
  private final ComboBox<Window> windows = new ComboBox<>();
  private final LineChart<Number, Number> invocations = chart("Invocations per bucket");
  private final LineChart<Number, Number> durations = chart("Duration (ms)");
  private final LineChart<Number, Number> concurrency = chart("Concurrent executions (peak)");
  private final LineChart<Number, Number> coldStarts = chart("Cold starts");
  private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> model().refresh()));

  public MetricsView(MetricsViewModel model) {
    this.model = model;
    createView();
    initListeners();
  }

  private MetricsViewModel model() {
    return model;
  }

  public Region node() {
    return root;
  }

  private void createView() {
    functions.getItems().add(ALL_FUNCTIONS);
    functions.setValue(ALL_FUNCTIONS);
    functions.setId("metrics-function");
    windows.getItems().setAll(new Window("Last 5 minutes", Duration.ofMinutes(5)), new Window("Last 15 minutes", Duration.ofMinutes(15)),
        new Window("Last hour", Duration.ofHours(1)), new Window("Last minute", Duration.ofMinutes(1)));
    windows.setValue(windows.getItems().get(0));
    root.setTop(Views.bar(functions, windows, Views.grow(), Views.muted("60 buckets; percentiles by nearest rank, as CloudWatch")));
    GridPane grid = new GridPane();
    grid.add(invocations, 0, 0);
    grid.add(durations, 1, 0);
    grid.add(concurrency, 0, 1);
    grid.add(coldStarts, 1, 1);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(50);
      grid.getColumnConstraints().add(column);
      RowConstraints row = new RowConstraints();
      row.setPercentHeight(50);
      row.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(row);
    }
    root.setCenter(grid);
    root.setId("metrics");
    ticker.setCycleCount(Timeline.INDEFINITE);
  }

  private static LineChart<Number, Number> chart(String title) {
    NumberAxis x = new NumberAxis();
    x.setAutoRanging(false);
    x.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number seconds) {
        long s = Math.round(-seconds.doubleValue());
        return s == 0 ? "now" : s % 60 == 0 ? "-" + s / 60 + " min" : "-" + s + " s";
      }

      @Override
      public Number fromString(String text) {
        return 0;
      }
    });
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(true);
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setTitle(title);
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setMinSize(200, 160);
    return chart;
  }

  private void initListeners() {
    model.functions().addListener((ListChangeListener<String>) c -> {
      functions.getItems().setAll(ALL_FUNCTIONS);
      functions.getItems().addAll(model.functions());
      functions.setValue(ALL_FUNCTIONS);
    });
    functions.valueProperty().addListener((o, was, now) ->
        model.showFunction(now == null || now.equals(ALL_FUNCTIONS) ? Optional.empty() : Optional.of(now)));
    windows.valueProperty().addListener((o, was, now) -> model.showWindow(now.length()));
    model.bucketsProperty().addListener((o, was, now) -> show(now));
    root.sceneProperty().addListener((o, was, now) -> {
      if (now == null) {
        ticker.stop();
      } else {
        model.refresh();
        ticker.play();
      }
    });
  }

  private void show(List<MetricBucket> buckets) {
    long now = model.now();
    double span = model.window().toSeconds();
    for (LineChart<Number, Number> chart : List.of(invocations, durations, concurrency, coldStarts)) {
      NumberAxis x = (NumberAxis) chart.getXAxis();
      x.setLowerBound(-span);
      x.setUpperBound(0);
      x.setTickUnit(span / 5);
    }
    invocations.getData().setAll(List.of(series("Invocations", buckets, now, MetricBucket::invocations),
        series("Errors", buckets, now, MetricBucket::errors), series("Throttles", buckets, now, MetricBucket::throttles)));
    durations.getData().setAll(List.of(series("p50", buckets, now, MetricBucket::p50), series("p95", buckets, now, MetricBucket::p95),
        series("p99", buckets, now, MetricBucket::p99)));
    concurrency.getData().setAll(List.of(series("Peak", buckets, now, MetricBucket::peakConcurrency)));
    coldStarts.getData().setAll(List.of(series("Cold starts", buckets, now, MetricBucket::coldStarts)));
  }

  private static XYChart.Series<Number, Number> series(String name, List<MetricBucket> buckets, long now,
      ToDoubleFunction<MetricBucket> value) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    for (MetricBucket b : buckets) {
      series.getData().add(new XYChart.Data<>((b.start() - now) / 1_000_000.0, value.applyAsDouble(b)));
    }
    return series;
  }
}
