package dev.cumulo.ui.debug;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.model.SourceLocation;
import dev.cumulo.ui.common.UiThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A function's source file, read-only, coloured, with a gutter of line numbers and breakpoint markers: a click on a
 * line's number sets or removes its breakpoint; the context menu edits, disables or removes it. The line a paused
 * invocation is on is marked with an arrow and highlighted. Files are read and coloured off the UI thread.
 */
public final class SourceView {
  private static final String CURRENT_LINE = "paused-line";

  private final DebuggerViewModel model;
  private final UiThreads threads;
  private final CodeArea area = new CodeArea();
  private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final Label empty = new Label("Choose a function and one of its files, or invoke a function with a breakpoint.");
  private final StackPane root;
  private int currentLine;
  private long ticket;

  public SourceView(DebuggerViewModel model, UiThreads threads) {
    this.model = model;
    this.threads = threads;
    area.setEditable(false);
    area.getStyleClass().addAll("code-view", "source-view");
    area.setId("debug-source");
    empty.getStyleClass().add("text-muted");
    empty.setWrapText(true);
    root = new StackPane(new VirtualizedScrollPane<>(area), empty);
    model.breakpoints().addListener((ListChangeListener<Object>) c -> refreshGutter());
    refreshGutter();
  }

  public Node node() {
    return root;
  }

  public CodeArea area() {
    return area;
  }

  /** Shows {@code path} (no line marked). */
  public void open(Path path) {
    open(path, 0);
  }

  /** Shows where a paused invocation is: its file, with {@code line} marked and scrolled to. */
  public void show(Optional<SourceLocation> location) {
    if (location.isEmpty()) {
      markLine(0);
      return;
    }
    Path path = Path.of(location.get().file());
    if (file.get().equals(Optional.of(path.toAbsolutePath().normalize()))) {
      markLine(location.get().line());
    } else {
      open(path, location.get().line());
    }
  }

  private void open(Path path, int line) {
    Path normal = path.toAbsolutePath().normalize();
    long mine = ++ticket;
    threads.background().execute(() -> {
      String text;
      try {
        text = Files.readString(normal);
      } catch (IOException | RuntimeException e) {
        text = null;
      }
      String read = text;
      Optional<StyleSpans<Collection<String>>> spans = Optional.ofNullable(read)
          .flatMap(t -> SourceLanguage.of(normal).map(lang -> SourceHighlighter.highlight(t, lang)));
      threads.fx().execute(() -> shown(mine, normal, read, spans, line));
    });
  }

  private void shown(long mine, Path path, String text, Optional<StyleSpans<Collection<String>>> spans, int line) {
    if (mine != ticket) {
      return;
    }
    if (text == null) {
      empty.setText("Cannot read " + path + ". The debugger shows the line number only.");
      empty.setVisible(true);
      area.clear();
      file.set(Optional.empty());
      return;
    }
    empty.setVisible(false);
    currentLine = 0;
    area.replaceText(text.replace("\r\n", "\n"));
    spans.ifPresent(s -> area.setStyleSpans(0, s));
    file.set(Optional.of(path));
    markLine(line);
    if (line == 0) {
      area.moveTo(0);
      area.showParagraphAtTop(0);
    }
  }

  private void markLine(int line) {
    if (currentLine > 0 && currentLine <= area.getParagraphs().size()) {
      area.setParagraphStyle(currentLine - 1, List.of());
    }
    currentLine = line <= area.getParagraphs().size() ? line : 0;
    if (currentLine > 0) {
      area.setParagraphStyle(currentLine - 1, List.of(CURRENT_LINE));
      area.moveTo(currentLine - 1, 0);
      area.showParagraphAtCenter(currentLine - 1);
    }
    refreshGutter();
  }

  /** Builds the gutter again (RichTextFX makes graphics for the visible lines only, so this is cheap). */
  private void refreshGutter() {
    area.setParagraphGraphicFactory(index -> gutter(index + 1));
  }

  private Node gutter(int line) {
    Optional<CodeBreakpoint> breakpoint = file.get().flatMap(f -> model.codeBreakpoint(f, line));
    StackPane dot = slot();
    breakpoint.ifPresent(b -> dot.getChildren().add(Marker.of(b).node()));
    StackPane arrow = slot();
    if (line == currentLine) {
      arrow.getChildren().add(Marker.CURRENT.node());
    }
    Label number = new Label(Integer.toString(line));
    number.getStyleClass().add("lineno");
    number.setMinWidth(digits() * 8 + 6);
    number.setAlignment(Pos.CENTER_RIGHT);
    HBox box = new HBox(3, dot, arrow, number);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add("debug-gutter");
    box.setId("gutter-" + line);
    box.setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY) {
        file.get().ifPresent(f -> model.toggleLine(f, line));
      }
    });
    box.setOnContextMenuRequested(e -> menu(line).show(box, e.getScreenX(), e.getScreenY()));
    return box;
  }

  private static StackPane slot() {
    StackPane slot = new StackPane();
    slot.setMinWidth(Marker.SIZE);
    slot.setPrefWidth(Marker.SIZE);
    return slot;
  }

  private int digits() {
    return Math.max(2, Integer.toString(area.getParagraphs().size()).length());
  }

  private ContextMenu menu(int line) {
    ContextMenu menu = new ContextMenu();
    Path path = file.get().orElseThrow();
    Optional<CodeBreakpoint> there = model.codeBreakpoint(path, line);
    if (there.isPresent()) {
      CodeBreakpoint b = there.get();
      menu.getItems().addAll(
          item("Edit condition, hit count, log message…", () -> BreakpointDialog.edit(b, path.getFileName().toString())
              .ifPresent(changed -> model.replace(b.id(), changed))),
          item(b.enabled() ? "Disable" : "Enable", () -> model.enable(b.id(), !b.enabled())),
          item("Remove", () -> model.remove(b.id())));
    } else {
      CodeBreakpoint fresh = new CodeBreakpoint("new", true, path.toString(), line, Optional.empty(), 1, Optional.empty());
      menu.getItems().addAll(
          item("Add breakpoint", () -> model.add(fresh)),
          item("Add conditional breakpoint or logpoint…", () -> BreakpointDialog.edit(fresh, path.getFileName().toString())
              .ifPresent(model::add)));
    }
    return menu;
  }

  private static MenuItem item(String text, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> action.run());
    return item;
  }

  public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
    return file.getReadOnlyProperty();
  }

  public int currentLine() {
    return currentLine;
  }
}
