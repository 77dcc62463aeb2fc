package dev.cumulo.ui.logs;

import dev.cumulo.ui.common.Icon;
import dev.cumulo.ui.common.Views;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The logs page: every function's lines, live, in a virtualised list; click a line to inspect its invocation. */
public final class LogsView {
  private static final String ALL_FUNCTIONS = "All functions";
  /** One height for every line, so the list never measures cells (a log can hold hundreds of thousands). */
  private static final double LINE_HEIGHT = 24;
  /** Room for most function names, so that the lines' text starts in one column. */
  private static final double FUNCTION_WIDTH = 130;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  private final LogsViewModel model;
  private final BorderPane root = new BorderPane();
  private final ComboBox<String> functions = new ComboBox<>();
  private final ComboBox<LogLevel> levels = new ComboBox<>();
  private final TextField search = new TextField();
  private final ToggleButton follow = new ToggleButton("Follow");
  private final ListView<LogEntry> list = new ListView<>();
  private final Label skipped = new Label();

  public LogsView(LogsViewModel model) {
    this.model = model;
    createView();
    initListeners();
  }

  public Region node() {
    return root;
  }

  private void createView() {
    functions.getItems().add(ALL_FUNCTIONS);
    functions.setValue(ALL_FUNCTIONS);
    functions.setId("logs-function");
    levels.getItems().setAll(LogLevel.values());
    levels.setValue(LogLevel.ALL);
    levels.setId("logs-level");
    search.setPromptText("Filter: text or request id");
    search.setPrefColumnCount(20);
    search.setId("logs-search");
    follow.setSelected(true);
    skipped.getStyleClass().add("text-muted");
    HBox bar = Views.bar(functions, levels, search, Views.grow(), skipped, follow,
        Views.iconButton(Icon.TRASH, "Clear the view (the history keeps every line)", model::clear));
    list.setItems(model.shown());
    list.setId("logs-list");
    list.getStyleClass().add("log-list");
    list.setCellFactory(l -> new EntryCell());
    list.setFixedCellSize(LINE_HEIGHT);
    root.setTop(bar);
    root.setCenter(list);
    HBox.setHgrow(search, Priority.SOMETIMES);
  }

  private void initListeners() {
    model.functions().addListener((ListChangeListener<String>) c -> {
      functions.getItems().setAll(ALL_FUNCTIONS);
      functions.getItems().addAll(model.functions());
      functions.setValue(ALL_FUNCTIONS);
    });
    functions.valueProperty().addListener((o, was, now) ->
        model.showFunction(now == null || now.equals(ALL_FUNCTIONS) ? Optional.empty() : Optional.of(now)));
    levels.valueProperty().addListener((o, was, now) -> model.showLevel(now == null ? LogLevel.ALL : now));
    search.textProperty().addListener((o, was, now) -> model.showText(now));
    model.shown().addListener((ListChangeListener<LogEntry>) c -> scrollToNewest());
    follow.selectedProperty().addListener((o, was, now) -> scrollToNewest());
    list.sceneProperty().addListener((o, was, now) -> scrollToNewest());
    model.skippedProperty().addListener((o, was, now) -> skipped.setText(now.intValue() == 0 ? ""
        : String.format("%,d lines arrived too fast to show; they are in the history", now.intValue())));
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        model.open(now);
      }
    });
  }

  private void scrollToNewest() {
    if (follow.isSelected() && !model.shown().isEmpty()) {
      list.scrollTo(model.shown().size() - 1);
    }
  }

  /** Time, function and text of a line; errors and warnings tinted, Lambda's own lines dimmed. */
  private final class EntryCell extends ListCell<LogEntry> {
    private final Label time = new Label();
    private final Label function = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(10, time, function, text);

    EntryCell() {
      time.getStyleClass().add("log-time");
      function.getStyleClass().add("log-function");
      function.setMinWidth(FUNCTION_WIDTH);
      function.setPrefWidth(FUNCTION_WIDTH);
      text.getStyleClass().add("log-text");
      MenuItem copy = new MenuItem("Copy line");
      copy.setOnAction(e -> {
        if (getItem() != null) {
          Views.copy(getItem().line().text());
        }
      });
      setContextMenu(new ContextMenu(copy));
    }

    @Override
    protected void updateItem(LogEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      getStyleClass().removeAll("level-error", "level-warn", "level-platform");
      if (empty || entry == null) {
        setGraphic(null);
        return;
      }
      time.setText(TIME.format(Instant.ofEpochSecond(0, entry.line().timeMicros() * 1000)));
      function.setText(entry.line().function());
      text.setText(entry.line().text().replace("\r", "").replace("\n", " ↵ "));
      switch (entry.level()) {
        case ERROR -> getStyleClass().add("level-error");
        case WARN -> getStyleClass().add("level-warn");
        case PLATFORM -> getStyleClass().add("level-platform");
        default -> { }
      }
      setGraphic(box);
    }
  }
}
