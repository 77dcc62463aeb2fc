package dev.cumulo.ui.timeline;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Theme;
import dev.cumulo.ui.common.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The timeline page: filters and controls above, the canvas with a lane scroll bar, a legend below. */
public final class TimelineView {
  private static final String ALL_FUNCTIONS = "All functions";

  private final TimelineViewModel model;
  private final ObservableValue<Theme> theme;
  private final BorderPane root = new BorderPane();
  private final ComboBox<String> functions = new ComboBox<>();
  private final ComboBox<OutcomeFilter> outcomes = new ComboBox<>();
  private final TextField search = new TextField();
  private final ToggleButton follow = new ToggleButton("Follow live", Icon.LIVE.node(12));
  private final ScrollBar lanes = new ScrollBar();
  private final Label count = new Label();
  private final TimelineCanvas canvas;

  public TimelineView(TimelineViewModel model, ObservableValue<Theme> theme) {
    this.model = model;
    this.theme = theme;
    this.canvas = new TimelineCanvas(model, () -> theme.getValue().palette());
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  public TimelineCanvas canvas() {
    return canvas;
  }

  private void createView() {
    functions.getItems().add(ALL_FUNCTIONS);
    functions.getSelectionModel().select(0);
    functions.setId("timeline-function");
    outcomes.getItems().setAll(OutcomeFilter.values());
    outcomes.getSelectionModel().select(OutcomeFilter.ALL);
    outcomes.setId("timeline-outcome");
    search.setPromptText("Filter: request id, error, trigger…");
    search.setPrefColumnCount(18);
    search.setId("timeline-search");
    follow.setId("timeline-follow");
    Views.tooltip(follow, "Keep the present in view (F)");
    search.setMinWidth(120);
    for (Region fixed : List.of(functions, outcomes, count, follow)) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    count.setId("timeline-count");
    HBox bar = Views.bar(functions, outcomes, search, Views.grow(), count,
        Views.iconButton(Icon.ZOOM_OUT, "Zoom out (S or -)", () -> model.zoom(1 / 1.5, model.viewportProperty().get().width() / 2)),
        Views.iconButton(Icon.ZOOM_IN, "Zoom in (W or +)", () -> model.zoom(1.5, model.viewportProperty().get().width() / 2)),
        Views.iconButton(Icon.FIT, "Show everything (0)", model::fitAll), follow);
    lanes.setOrientation(Orientation.VERTICAL);
    root.setTop(bar);
    BorderPane center = new BorderPane(canvas);
    center.setRight(lanes);
    root.setCenter(center);
    root.setBottom(legend(theme.getValue().palette()));
    root.getStyleClass().add("timeline-view");
  }

  private HBox legend(TimelinePalette p) {
    List<javafx.scene.Node> items = new ArrayList<>();
    items.add(swatch(p.init(), "cold-start init"));
    items.add(swatch(p.success(), "succeeded"));
    items.add(swatch(p.running(), "running"));
    items.add(swatch(p.error(), "error"));
    items.add(swatch(p.timeout(), "timeout"));
    items.add(swatch(p.crash(), "crash"));
    items.add(swatch(p.throttle(), "throttled"));
    items.add(swatch(p.life(), "instance warm"));
    items.add(Views.grow());
    Label hint = Views.muted("Wheel: zoom · Shift+wheel or drag: pan · 0: fit all · F: follow");
    hint.getStyleClass().add("text-small");
    items.add(hint);
    HBox legend = new HBox(14);
    legend.getChildren().setAll(items);
    legend.getStyleClass().addAll("view-bar", "legend");
    return legend;
  }

  private static HBox swatch(Color color, String text) {
    Rectangle r = new Rectangle(12, 10, color);
    Label label = new Label(text);
    label.getStyleClass().add("text-small");
    HBox box = new HBox(4, r, label);
    box.setMinWidth(Region.USE_PREF_SIZE);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }

  private void initListeners() {
    functions.valueProperty().addListener((o, was, now) ->
        model.showFunction(now == null || now.equals(ALL_FUNCTIONS) ? Optional.empty() : Optional.of(now)));
    outcomes.valueProperty().addListener((o, was, now) -> model.showOutcome(now == null ? OutcomeFilter.ALL : now));
    search.textProperty().addListener((o, was, now) -> model.showText(now));
    follow.setSelected(model.followingProperty().get());
    model.followingProperty().addListener((o, was, now) -> follow.setSelected(now));
    follow.setOnAction(e -> model.setFollowing(follow.isSelected()));
    theme.addListener((o, was, now) -> {
      canvas.invalidate();
      root.setBottom(legend(now.palette()));
    });
    model.revisionProperty().addListener((o, was, now) -> updateLanes());
    model.scrollYProperty().addListener((o, was, now) -> lanes.setValue(now.doubleValue()));
    lanes.valueProperty().addListener((o, was, now) -> {
      if (Math.abs(now.doubleValue() - model.scrollYProperty().get()) > 0.5) {
        model.scrollTo(now.doubleValue());
      }
    });
    canvas.heightProperty().addListener((o, was, now) -> updateLanes());
    updateLanes();
  }

  /** Keeps the function list and the lane scroll bar in step with the data; called when invocations arrive. */
  public void updateLanes() {
    count.setText(String.format("%,d invocations", model.data().size()));
    List<String> names = new ArrayList<>();
    names.add(ALL_FUNCTIONS);
    model.data().groups().forEach(g -> names.add(g.function()));
    if (!names.equals(functions.getItems())) {
      String selected = functions.getValue();
      functions.getItems().setAll(names);
      functions.setValue(names.contains(selected) ? selected : ALL_FUNCTIONS);
    }
    double max = Math.max(0, model.contentHeight() - model.viewHeight());
    lanes.setMax(max);
    lanes.setVisibleAmount(max == 0 ? 1 : model.viewHeight() * max / model.contentHeight());
    lanes.setDisable(max == 0);
  }
}
