package dev.cumulo.ui.cost;

import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Quantities;
import dev.cumulo.cost.estimate.BreakEvenPoint;
import dev.cumulo.cost.estimate.BreakEvenResult;
import dev.cumulo.cost.estimate.Traffic;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The break-even chart: what the functions and an always-on server cost a month as traffic rises (a log scale of
 * invocations a month), with the point where the server becomes cheaper marked, and the server's price to change.
 */
final class BreakEvenPane {
  private static final double SECONDS_PER_MONTH = Traffic.HOURS_PER_MONTH * 3600.0;
  private static final double FLOOR_DOLLARS = 0.01;

  private final VBox root = new VBox(8);
  private final TextField name = new TextField("t4g.small");
  private final TextField price = new TextField();
  private final TextField capacity = new TextField("50");
  private final Label verdict = new Label();
  private final VBox assumptions = new VBox(4);
  private final NumberAxis x = new NumberAxis();
  private final NumberAxis y = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(x, y);

  BreakEvenPane(Runnable update, String defaultHourlyPrice) {
    price.setText(defaultHourlyPrice);
    name.setId("break-even-server");
    price.setId("break-even-price");
    capacity.setId("break-even-capacity");
    name.setPrefWidth(110);
    price.setPrefWidth(80);
    capacity.setPrefWidth(60);
    Button apply = Views.button("Update", Icon.RESTART, update);
    apply.setId("break-even-update");
    HBox inputs = new HBox(8, Views.muted("Server"), name, Views.muted("at $"), price, Views.muted("an hour, serving"),
        capacity, Views.muted("requests a second each"), apply);
    inputs.setAlignment(Pos.CENTER_LEFT);
    verdict.setId("break-even-verdict");
    verdict.setWrapText(true);
    verdict.getStyleClass().add("cost-verdict");
    createChart();
    root.getChildren().addAll(Views.title("Break-even: functions or an always-on server"), inputs, verdict, chart,
        assumptions);
    root.getStyleClass().add("card-box");
    root.setId("break-even");
  }

  Node node() {
    return root;
  }

  String serverName() {
    return name.getText();
  }

  String hourlyPrice() {
    return price.getText();
  }

  String capacity() {
    return capacity.getText();
  }

  private void createChart() {
    x.setLabel("Invocations a month (log scale); costs below $0.01 drawn at $0.01");
    x.setTickUnit(1);
    x.setMinorTickVisible(false);
    x.setForceZeroInRange(false);
    x.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number exponent) {
        return shortCount(Math.pow(10, exponent.doubleValue()));
      }

      @Override
      public Number fromString(String text) {
        return 0;
      }
    });
    x.setAutoRanging(false);
    y.setAutoRanging(false);
    y.setTickUnit(1);
    y.setMinorTickVisible(false);
    y.setLabel("$ a month (log scale)");
    y.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number exponent) {
        double dollars = Math.pow(10, exponent.doubleValue());
        return dollars < 1 ? String.format(Locale.ROOT, "$%s", java.math.BigDecimal.valueOf(dollars)
            .round(new java.math.MathContext(1)).toPlainString()) : "$" + shortCount(dollars);
      }

      @Override
      public Number fromString(String text) {
        return 0;
      }
    });
    chart.setAnimated(false);
    chart.setHorizontalZeroLineVisible(false);
    chart.setCreateSymbols(true);
    chart.setMinHeight(300);
    chart.setPrefHeight(340);
    chart.setId("break-even-chart");
  }

  void show(Optional<BreakEvenResult> result) {
    chart.getData().clear();
    assumptions.getChildren().clear();
    if (result.isEmpty()) {
      verdict.setText("");
      return;
    }
    BreakEvenResult r = result.get();
    chart.getData().add(series("Functions (Lambda)", r, BreakEvenPoint::functionsCost));
    chart.getData().add(series("Server (" + r.server().name() + ", instances for the peak)", r,
        BreakEvenPoint::serverCost));
    long first = r.series().get(0).invocationsPerMonth();
    long last = r.series().get(r.series().size() - 1).invocationsPerMonth();
    x.setLowerBound(Math.floor(Math.log10(first)));
    x.setUpperBound(Math.ceil(Math.log10(last)));
    x.setTickUnit(1);
    double highest = r.series().stream().mapToDouble(p -> Math.max(logDollars(p.functionsCost()),
        logDollars(p.serverCost()))).max().orElse(0);
    y.setLowerBound(Math.log10(FLOOR_DOLLARS));
    y.setUpperBound(Math.max(0, Math.ceil(highest)));
    if (r.breakEvenInvocationsPerMonth().isPresent()) {
      long n = r.breakEvenInvocationsPerMonth().getAsLong();
      BreakEvenPoint point = r.series().stream().filter(p -> p.invocationsPerMonth() == n).findFirst().orElseThrow();
      XYChart.Series<Number, Number> mark = new XYChart.Series<>();
      mark.setName("Break-even");
      XYChart.Data<Number, Number> data = new XYChart.Data<>(Math.log10(n), logDollars(point.serverCost()));
      mark.getData().add(data);
      chart.getData().add(mark);
      verdict.setText(String.format(Locale.ROOT, "Above %s invocations a month (%s a second on average), %d × %s at "
          + "$%s an hour costs less than the functions.", Quantities.grouped(n),
          Quantities.grouped(BigDecimal.valueOf(n / SECONDS_PER_MONTH)), point.instances(), r.server().name(),
          r.server().hourlyPrice().toPlainString()));
    } else {
      verdict.setText("The functions stay cheaper than " + r.server().name() + " up to "
          + Quantities.grouped(last) + " invocations a month.");
    }
    for (Assumption a : r.assumptions()) {
      Label label = new Label("• " + a.text());
      label.setWrapText(true);
      assumptions.getChildren().add(label);
    }
  }

  private static XYChart.Series<Number, Number> series(String title, BreakEvenResult r,
      Function<BreakEvenPoint, BigDecimal> cost) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(title);
    for (BreakEvenPoint p : r.series()) {
      XYChart.Data<Number, Number> data = new XYChart.Data<>(Math.log10(p.invocationsPerMonth()), logDollars(cost.apply(p)));
      Region noSymbol = new Region();
      noSymbol.setVisible(false);
      data.setNode(noSymbol);
      series.getData().add(data);
    }
    return series;
  }

  /** A month's cost on the log axis; the free tier's $0 (and anything below a cent) sits on the floor. */
  private static double logDollars(BigDecimal amount) {
    return Math.log10(Math.max(FLOOR_DOLLARS, amount.doubleValue()));
  }

  /** {@code 1K}, {@code 10M}, {@code 1B}, {@code 1T}: tick labels of the log axis. */
  static String shortCount(double value) {
    String[] suffixes = {"", "K", "M", "B", "T"};
    int group = 0;
    double scaled = value;
    while (scaled >= 999.5 && group < suffixes.length - 1) {
      scaled /= 1000;
      group++;
    }
    return String.format(Locale.ROOT, "%.0f%s", scaled, suffixes[group]);
  }
}
