package dev.cumulo.ui.debug;

import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every breakpoint, on events and in code, with its switch and a remove button (a double click on a code breakpoint
 * opens its file), and the form that adds an event breakpoint.
 */
final class BreakpointsPanel {
  private final DebuggerViewModel model;
  private final ListView<Breakpoint> list = new ListView<>();
  private final VBox root;

  BreakpointsPanel(DebuggerViewModel model, Consumer<Path> open) {
    this.model = model;
    list.setItems(model.breakpoints());
    list.setId("debug-breakpoints");
    list.setPlaceholder(Views.muted("No breakpoints: click a line number in the code, or add one on events below."));
    list.setCellFactory(l -> new BreakpointCell());
    list.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() instanceof CodeBreakpoint c) {
        open.accept(model.projectRoot().resolve(c.file()).normalize());
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    TitledPane form = new TitledPane("Add an event breakpoint", new EventBreakpointForm(model).node());
    form.setExpanded(false);
    form.setId("event-bp-form");
    root = new VBox(6, Views.key("Breakpoints"), list, form);
  }

  Node node() {
    return root;
  }

  private final class BreakpointCell extends ListCell<Breakpoint> {
    BreakpointCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Breakpoint b, boolean empty) {
      super.updateItem(b, empty);
      if (empty || b == null) {
        setGraphic(null);
        return;
      }
      CheckBox on = new CheckBox();
      on.setSelected(b.enabled());
      on.setOnAction(e -> model.enable(b.id(), on.isSelected()));
      Node kind = b instanceof CodeBreakpoint c ? Marker.of(c).node() : Icon.BUG.node(12);
      Label text = new Label(BreakpointText.describe(b, model.projectRoot()));
      text.setMinWidth(0);
      text.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
      text.setTooltip(new javafx.scene.control.Tooltip(text.getText()));
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox row = new HBox(6, on, kind, text, Views.iconButton(Icon.CLOSE, "Remove this breakpoint", () -> model.remove(b.id())));
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      setGraphic(row);
    }
  }
}
