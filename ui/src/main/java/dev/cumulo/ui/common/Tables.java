package dev.cumulo.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Compact tables over records: one line per column, heights that fit their rows inside a scrolling page. */
public final class Tables {
  private static final double ROW = 30;
  /** The column headers' height in the Primer themes. */
  private static final double HEADER = 40;
  /** Room for the horizontal scroll bar a table shows when its columns cannot shrink to its width. */
  private static final double SCROLL_BAR = 16;
  /** How far a column may shrink below the width it asks for before the table scrolls instead. */
  private static final double SHRINK = 0.8;

  private Tables() {}

  public static <R, V> TableColumn<R, V> column(String title, double width, Function<R, V> value) {
    TableColumn<R, V> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setMinWidth(Math.round(width * SHRINK));
    return column;
  }

  /** A table that grows with its rows (up to {@code maxRows}) instead of scrolling inside a scrolling page. */
  public static <R> TableView<R> fitted(ObservableList<R> items, int maxRows, String placeholder) {
    TableView<R> table = new TableView<>(items);
    table.setFixedCellSize(ROW);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.prefHeightProperty().bind(Bindings.createDoubleBinding(
        () -> HEADER + ROW * Math.max(1, Math.min(maxRows, items.size())) + 2 + (scrolls(table) ? SCROLL_BAR : 0),
        items, table.widthProperty(), table.getColumns()));
    table.minHeightProperty().bind(table.prefHeightProperty());
    table.setPlaceholder(Views.muted(placeholder));
    table.getStyleClass().add("fitted-table");
    return table;
  }

  private static boolean scrolls(TableView<?> table) {
    return table.getWidth() > 0 && table.getWidth() < table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
  }
}
