package dev.cumulo.ui.debug;

import dev.cumulo.debug.model.Variable;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;

/**
 * A paused frame's variables as a tree: objects, collections and maps open to their fields, elements and entries,
 * read from the paused process the first time each is opened.
 */
final class VariablesTree {
  private final StopViewModel model;
  private final TreeView<Variable> tree = new TreeView<>(new TreeItem<>());

  VariablesTree(StopViewModel model) {
    this.model = model;
    tree.setShowRoot(false);
    tree.setId("debug-variables");
    tree.setCellFactory(t -> new VariableCell());
    model.variablesProperty().addListener((o, was, now) -> show(now));
    show(model.variablesProperty().get());
  }

  TreeView<Variable> node() {
    return tree;
  }

  private void show(List<Variable> variables) {
    tree.getRoot().getChildren().setAll(variables.stream().map(Item::new).toList());
  }

  /** A variable whose children are fetched when it is first opened. */
  private final class Item extends TreeItem<Variable> {
    private boolean fetched;

    Item(Variable variable) {
      super(variable);
      if (variable.expandable()) {
        getChildren().add(new TreeItem<>(new Variable("…", "", "reading", 0)));
        expandedProperty().addListener((o, was, open) -> {
          if (open && !fetched) {
            fetched = true;
            model.children(variable, children -> getChildren().setAll(children.stream().map(Item::new).toList()));
          }
        });
      }
    }

    @Override
    public boolean isLeaf() {
      return !getValue().expandable();
    }
  }

  private static final class VariableCell extends TreeCell<Variable> {
    @Override
    protected void updateItem(Variable v, boolean empty) {
      super.updateItem(v, empty);
      if (empty || v == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label name = new Label(v.name());
      name.getStyleClass().add("var-name");
      Label value = new Label(v.value());
      value.getStyleClass().addAll("var-value", "mono");
      Label type = new Label(v.type());
      type.getStyleClass().add("text-muted");
      HBox row = new HBox(6, name, new Label("="), value, type);
      setText(null);
      setGraphic(row);
    }
  }
}
