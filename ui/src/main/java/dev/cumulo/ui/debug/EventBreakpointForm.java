package dev.cumulo.ui.debug;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cumulo.debug.breakpoint.EventBreakpoint;
import dev.cumulo.debug.breakpoint.EventCondition;
import dev.cumulo.debug.breakpoint.JsonPath;
import dev.cumulo.debug.model.FunctionDebugState;
import dev.cumulo.functions.model.Trigger;
import dev.cumulo.json.Json;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Adds an event breakpoint: the function and trigger it holds events of (any when left so), the trigger's resource,
 * and a condition on the event (a JSON path compared with a value, or, without a path, text the event contains).
 */
final class EventBreakpointForm {
  private static final String ANY_FUNCTION = "any function";
  private static final String ANY_TRIGGER = "any trigger";
  private static final List<Trigger.Source> SOURCES = List.of(Trigger.Source.DIRECT, Trigger.Source.HTTP, Trigger.Source.S3,
      Trigger.Source.SQS, Trigger.Source.SCHEDULE);

  private final DebuggerViewModel model;
  private final ComboBox<String> function = new ComboBox<>();
  private final ComboBox<String> trigger = new ComboBox<>();
  private final TextField resource = new TextField();
  private final TextField path = new TextField();
  private final ComboBox<EventCondition.Operator> operator = new ComboBox<>();
  private final TextField value = new TextField();
  private final Label problem = new Label();
  private final VBox root;

  EventBreakpointForm(DebuggerViewModel model) {
    this.model = model;
    function.setId("event-bp-function");
    function.getItems().add(ANY_FUNCTION);
    function.getSelectionModel().select(0);
    model.functions().addListener((ListChangeListener<FunctionDebugState>) c -> functions());
    functions();
    trigger.getItems().add(ANY_TRIGGER);
    SOURCES.forEach(s -> trigger.getItems().add(s.name().toLowerCase(Locale.ROOT)));
    trigger.getSelectionModel().select(0);
    trigger.setId("event-bp-trigger");
    resource.setPromptText("route, bucket, queue or rule (optional)");
    path.setPromptText("$.body.orderId (optional)");
    path.setId("event-bp-path");
    operator.getItems().setAll(EventCondition.Operator.values());
    operator.getSelectionModel().select(EventCondition.Operator.EQUALS);
    value.setPromptText("value, or text the event contains");
    value.setId("event-bp-value");
    problem.getStyleClass().add("text-danger");
    problem.setWrapText(true);
    Button add = Views.button("Add event breakpoint", Icon.BUG, this::add);
    add.setId("event-bp-add");
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    grid.addRow(0, new Label("Function"), function);
    grid.addRow(1, new Label("Trigger"), trigger);
    grid.addRow(2, new Label("Resource"), resource);
    grid.addRow(3, new Label("JSON path"), path);
    grid.addRow(4, new Label("Compare"), operator);
    grid.addRow(5, new Label("Value"), value);
    List.of(function, trigger, operator).forEach(b -> b.setMaxWidth(Double.MAX_VALUE));
    root = new VBox(6, grid, add, problem);
  }

  Node node() {
    return root;
  }

  private void functions() {
    String chosen = function.getValue();
    function.getItems().setAll(ANY_FUNCTION);
    model.functions().forEach(f -> function.getItems().add(f.function()));
    function.getSelectionModel().select(function.getItems().contains(chosen) ? chosen : ANY_FUNCTION);
  }

  private void add() {
    try {
      Optional<String> fn = Optional.ofNullable(function.getValue()).filter(f -> !f.equals(ANY_FUNCTION));
      Optional<Trigger.Source> source = Optional.ofNullable(trigger.getValue()).filter(t -> !t.equals(ANY_TRIGGER))
          .map(t -> Trigger.Source.valueOf(t.toUpperCase(Locale.ROOT)));
      model.addEventBreakpoint(new EventBreakpoint("new", true, fn, source, text(resource), condition()));
      problem.setText("");
      List.of(resource, path, value).forEach(TextField::clear);
    } catch (IllegalArgumentException e) {
      problem.setText(e.getMessage());
    }
  }

  private Optional<EventCondition> condition() {
    Optional<String> p = text(path);
    Optional<String> v = text(value);
    if (p.isEmpty() && v.isEmpty()) {
      return Optional.empty();
    }
    if (p.isEmpty()) {
      return Optional.of(new EventCondition(Optional.empty(), EventCondition.Operator.CONTAINS, v.map(TextNode::new)));
    }
    return Optional.of(new EventCondition(Optional.of(JsonPath.parse(p.get())), operator.getValue(), v.map(EventBreakpointForm::json)));
  }

  /** The value as JSON when it is (a number, true, a quoted string), else as text. */
  private static JsonNode json(String text) {
    try {
      JsonNode node = Json.MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? new TextNode(text) : node;
    } catch (java.io.IOException e) {
      return new TextNode(text);
    }
  }

  private static Optional<String> text(TextField field) {
    return Optional.of(field.getText().strip()).filter(s -> !s.isEmpty());
  }
}
