package dev.cumulo.ui.debug;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Edits a code breakpoint's condition (an expression in the function's language), hit count (stop from the nth hit on)
 * and log message (with one, it is a logpoint: it writes {@code {expression}} values to the log and does not stop).
 */
final class BreakpointDialog {
  private BreakpointDialog() {}

  static Optional<CodeBreakpoint> edit(CodeBreakpoint breakpoint, String fileName) {
    TextField condition = new TextField(breakpoint.condition().orElse(""));
    condition.setPromptText("e.g. order.total > 100");
    condition.setId("breakpoint-condition");
    Spinner<Integer> hits = new Spinner<>(1, 1_000_000, breakpoint.hitCount());
    hits.setEditable(true);
    hits.setId("breakpoint-hits");
    TextField log = new TextField(breakpoint.logMessage().orElse(""));
    log.setPromptText("e.g. total is {total}  (leave empty to stop)");
    log.setId("breakpoint-log");
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label("Condition"), condition);
    grid.addRow(1, new Label("Stop from hit"), hits);
    grid.addRow(2, new Label("Log message"), log);
    condition.setPrefColumnCount(32);

    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Breakpoint at " + fileName + ":" + breakpoint.line());
    dialog.setHeaderText("Line " + breakpoint.line() + " of " + fileName);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new CodeBreakpoint(breakpoint.id(),
        breakpoint.enabled(), breakpoint.file(), breakpoint.line(), text(condition), hits.getValue(), text(log)));
  }

  private static Optional<String> text(TextField field) {
    return Optional.of(field.getText().strip()).filter(s -> !s.isEmpty());
  }
}
