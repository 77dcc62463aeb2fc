package dev.cumulo.ui.cost;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.Assumption;
import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.Quantities;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.estimate.CostReport;
import dev.cumulo.cost.estimate.FreeTierMode;
import dev.cumulo.cost.estimate.Projection;
import dev.cumulo.cost.estimate.ProviderEstimate;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Tables;
import dev.cumulo.ui.common.Views;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Cost page: the projection form, the monthly total with its assumptions, the breakdown by function and by
 * service, other providers, then the memory sweep and the break-even charts.
 */
public final class CostView {
  /** A line of a breakdown table. */
  public record Amount(String name, String amount) {}

  /** A choice of the architecture box. */
  private record ArchitectureChoice(Optional<Architecture> architecture, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** A choice of the free-tier box. */
  private record FreeTierChoice(FreeTierMode mode, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final int MAX_ROWS = 12;
  private static final double ROW = 30;
  /** The column headers and borders: a little taller than a row. */
  private static final double HEADER = 44;

  private final CostViewModel model;
  private final ScrollPane root = new ScrollPane();
  private final RadioButton perMonth = new RadioButton("Per month");
  private final RadioButton daily = new RadioButton("Daily profile");
  private final TextField requestsPerMonth = field("cost-requests-per-month", "1,000,000", 130);
  private final TextField requestsPerDay = field("cost-requests-per-day", "50,000", 110);
  private final TextField peak = field("cost-peak", "3", 50);
  private final ComboBox<ArchitectureChoice> architecture = new ComboBox<>();
  private final ComboBox<FreeTierChoice> freeTier = new ComboBox<>();
  private final Label problem = new Label();
  private final Label total = new Label("—");
  private final Label summary = new Label();
  private final Label whatIf = new Label();
  private final VBox assumptions = new VBox(4);
  private final ObservableList<Amount> byFunction = FXCollections.observableArrayList();
  private final ObservableList<Amount> byService = FXCollections.observableArrayList();
  private final ObservableList<Amount> providers = FXCollections.observableArrayList();
  private final BreakEvenPane breakEven;
  private final SweepPane sweep;

  public CostView(CostViewModel model) {
    this.model = model;
    this.breakEven = new BreakEvenPane(this::estimate,
        Catalogs.aws().meter("ec2.t4g.small").firstUnitPrice().toPlainString());
    this.sweep = new SweepPane(model);
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private static TextField field(String id, String text, double width) {
    TextField field = new TextField(text);
    field.setId(id);
    field.setPrefColumnCount(1);
    field.setPrefWidth(width);
    return field;
  }

  private void createView() {
    VBox page = new VBox(18, form(), result(), breakdown(), sweep.node(), breakEven.node());
    page.setPadding(new Insets(16));
    root.setContent(page);
    root.setFitToWidth(true);
    root.setId("cost");
  }

  private Node form() {
    ToggleGroup traffic = new ToggleGroup();
    perMonth.setToggleGroup(traffic);
    daily.setToggleGroup(traffic);
    perMonth.setSelected(true);
    perMonth.setId("cost-per-month");
    daily.setId("cost-daily");
    HBox monthly = row(perMonth, requestsPerMonth, Views.muted("requests a month"));
    HBox profile = row(daily, requestsPerDay, Views.muted("requests a day, the busiest hour"), peak,
        Views.muted("× the average hour"));
    requestsPerDay.disableProperty().bind(perMonth.selectedProperty());
    peak.disableProperty().bind(perMonth.selectedProperty());
    requestsPerMonth.disableProperty().bind(daily.selectedProperty());
    architecture.getItems().setAll(new ArchitectureChoice(Optional.empty(), "As in the template"),
        new ArchitectureChoice(Optional.of(Architecture.X86_64), "x86_64"),
        new ArchitectureChoice(Optional.of(Architecture.ARM64), "arm64 (Graviton)"));
    architecture.getSelectionModel().select(0);
    architecture.setId("cost-architecture");
    freeTier.getItems().setAll(new FreeTierChoice(FreeTierMode.ALWAYS_FREE, "Always-free tier"),
        new FreeTierChoice(FreeTierMode.FIRST_YEAR, "Always-free and first-year offers"),
        new FreeTierChoice(FreeTierMode.NONE, "No free tier"));
    freeTier.getSelectionModel().select(0);
    freeTier.setId("cost-free-tier");
    Button estimate = Views.button("Estimate", Icon.PLAY, this::estimate);
    estimate.getStyleClass().add("accent");
    estimate.setId("cost-estimate");
    estimate.setDefaultButton(true);
    estimate.disableProperty().bind(model.estimatingProperty());
    HBox options = row(Views.muted("Architecture"), architecture, Views.muted("Free tier"), freeTier, Views.grow(), estimate);
    problem.setId("cost-problem");
    problem.getStyleClass().add("cost-problem");
    problem.setWrapText(true);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.managedProperty());
    VBox card = new VBox(8, Views.title("Monthly projection"),
        Views.muted("The recorded mix of functions, durations and service requests, scaled to this traffic."),
        monthly, profile, options, problem);
    card.getStyleClass().add("card-box");
    return card;
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node result() {
    total.setId("cost-total");
    total.getStyleClass().add("cost-total");
    summary.setWrapText(true);
    whatIf.setId("cost-what-if");
    VBox left = new VBox(6, Views.muted("Total a month"), total, summary, whatIf);
    left.setMinWidth(260);
    left.setPrefWidth(300);
    assumptions.setId("cost-assumptions");
    VBox right = new VBox(6, Views.title("Assumptions"), assumptions);
    HBox.setHgrow(right, Priority.ALWAYS);
    HBox box = new HBox(24, left, right);
    box.getStyleClass().add("card-box");
    return box;
  }

  private Node breakdown() {
    TableView<Amount> functions = amounts(byFunction, "cost-by-function", "Function", "Before free tier",
        "No function invocations recorded", 200);
    TableView<Amount> services = amounts(byService, "cost-by-service", "Service", "After free tier",
        "No service requests recorded", 200);
    TableView<Amount> elsewhere = amounts(providers, "cost-providers", "The same functions on", "A month",
        "No function invocations to compare", 360);
    FlowPane tables = new FlowPane(18, 18, section("By function", functions), section("By service", services),
        section("Other providers (function charges only)", elsewhere));
    return tables;
  }

  private static TableView<Amount> amounts(ObservableList<Amount> items, String id, String name, String amount,
      String empty, double nameWidth) {
    TableView<Amount> table = Tables.fitted(items, MAX_ROWS, empty);
    table.setId(id);
    table.getColumns().addAll(List.of(Tables.column(name, nameWidth, Amount::name), Tables.column(amount, 130, Amount::amount)));
    table.setPrefWidth(nameWidth + 150);
    table.prefHeightProperty().unbind();
    table.prefHeightProperty().bind(Bindings.createDoubleBinding(
        () -> ROW * Math.max(1, Math.min(MAX_ROWS, items.size())) + HEADER, items));
    return table;
  }

  private static Node section(String title, Node content) {
    return new VBox(8, Views.title(title), content);
  }

  private void initListeners() {
    problem.textProperty().bind(model.problemProperty());
    model.estimateProperty().addListener((o, was, now) -> show(now));
    root.sceneProperty().addListener((o, was, now) -> {
      if (now != null) {
        estimate();
      }
    });
    show(model.estimateProperty().get());
  }

  /** Sends the form as it is; the model validates it and says what is wrong. */
  private void estimate() {
    model.estimate(new CostForm(daily.isSelected(), requestsPerMonth.getText(), requestsPerDay.getText(), peak.getText(),
        architecture.getValue().architecture(), freeTier.getValue().mode(), breakEven.serverName(),
        breakEven.hourlyPrice(), breakEven.capacity()));
  }

  private void show(Optional<CostEstimate> estimate) {
    if (estimate.isEmpty()) {
      total.setText("—");
      summary.setText("Nothing estimated yet.");
      whatIf.setText("");
      assumptions.getChildren().clear();
      byFunction.clear();
      byService.clear();
      providers.clear();
      breakEven.show(Optional.empty());
      return;
    }
    CostReport report = estimate.get().report();
    Projection p = report.projection();
    total.setText(Dollars.cents(p.total()));
    summary.setText(Quantities.grouped(p.invocationsPerMonth()) + " invocations a month, "
        + p.architecture().map(a -> "all " + a.apiName()).orElse("architectures as in the template") + ", "
        + freeTierText(p.freeTier()) + " (" + p.provider().toUpperCase() + " " + p.region() + ")");
    whatIf.setText("All " + report.whatIfArchitecture().apiName() + ": " + Dollars.cents(report.whatIf().total()));
    assumptions.getChildren().setAll(bullet(estimate.get().trafficText() + "."));
    for (Assumption a : p.assumptions()) {
      assumptions.getChildren().add(bullet(a.text()));
    }
    byFunction.setAll(rows(p.byFunction()));
    byService.setAll(rows(p.byService()));
    providers.setAll(report.comparison().stream().map(CostView::provider).toList());
    breakEven.show(Optional.of(estimate.get().breakEven()));
  }

  private static Label bullet(String text) {
    Label label = new Label("• " + text);
    label.setWrapText(true);
    label.getStyleClass().add("cost-assumption");
    return label;
  }

  private static List<Amount> rows(Map<String, BigDecimal> amounts) {
    return amounts.entrySet().stream().map(e -> new Amount(e.getKey(), Dollars.cents(e.getValue()))).toList();
  }

  private static Amount provider(ProviderEstimate e) {
    String name = switch (e.provider()) {
      case "aws" -> "AWS";
      case "azure" -> "Azure";
      case "google" -> "Google";
      default -> e.provider();
    };
    return new Amount(name + " " + e.plan() + " (" + e.region() + ")", Dollars.cents(e.bill().total()));
  }

  private static String freeTierText(FreeTierMode mode) {
    return switch (mode) {
      case NONE -> "no free tier";
      case ALWAYS_FREE -> "always-free tier deducted";
      case FIRST_YEAR -> "always-free and first-year offers deducted";
    };
  }
}
