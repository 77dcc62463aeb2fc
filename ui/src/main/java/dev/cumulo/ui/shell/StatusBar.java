package dev.cumulo.ui.shell;

import dev.cumulo.cost.Dollars;
import dev.cumulo.ui.common.Views;
import dev.cumulo.ui.session.SessionState;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The bottom line: emulator state, the edge endpoint (click to copy), this run's totals and what it would cost in the
 * cloud (read once a second and with each delivered batch).
 */
public final class StatusBar {
  private final HBox root = new HBox(14);

  public StatusBar(MainViewModel model) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("state-dot");
    Label state = new Label();
    state.setId("status-state");
    state.textProperty().bind(Bindings.createStringBinding(() -> "Emulator: " + model.session().stateProperty().get(),
        model.session().stateProperty()));
    model.session().stateProperty().addListener((o, was, now) -> styleDot(dot, now));
    styleDot(dot, model.session().stateProperty().get());
    Hyperlink edge = new Hyperlink();
    edge.setId("status-edge");
    edge.textProperty().bind(model.edgeUrlProperty());
    Views.tooltip(edge, "Click to copy the endpoint");
    edge.setOnAction(e -> Views.copy(edge.getText()));
    Label totals = new Label();
    totals.setId("status-totals");
    totals.textProperty().bind(Bindings.createStringBinding(() -> {
      Totals t = model.totalsProperty().get();
      return String.format("%,d invocations · %,d errors · %,d throttles · %,d cold starts", t.invocations(), t.errors(),
          t.throttles(), t.coldStarts());
    }, model.totalsProperty()));
    Label cost = new Label();
    cost.setId("status-cost");
    cost.getStyleClass().add("status-cost");
    cost.textProperty().bind(Bindings.createStringBinding(
        () -> "Session cost " + Dollars.precise(model.sessionCostProperty().get().total()), model.sessionCostProperty()));
    Views.tooltip(cost, "What this session's invocations and service requests would cost in AWS "
        + "(first-tier prices, no free tier)");
    Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.refreshSessionCost()));
    clock.setCycleCount(Animation.INDEFINITE);
    clock.play();
    HBox stateBox = new HBox(6, dot, state);
    stateBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    root.getChildren().addAll(stateBox, edge, Views.grow(), totals, cost);
    root.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    root.getStyleClass().add("status-bar");
  }

  private static void styleDot(Circle dot, SessionState state) {
    dot.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-dot"));
    dot.getStyleClass().add("state-" + state.name().toLowerCase().replace('_', '-'));
  }

  public HBox node() {
    return root;
  }
}
