package dev.cumulo.ui.code;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A read-only (or editable) code area for JSON with line numbers: highlighting is computed on a background thread and
 * applied on the UI thread; large documents open with their deep blocks folded (click the marker to unfold). The
 * debugger's source view builds on the same area.
 */
public final class CodeView {
  /** Documents longer than this open folded. */
  private static final int FOLD_ABOVE_LINES = 120;

  private final Area area = new Area();
  private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
  private final Executor background;
  private final Executor fx;
  private long shown;

  /** CodeArea with its fold hooks opened up for the line-number gutter. */
  private static final class Area extends CodeArea {
    Predicate<Collection<String>> folded() {
      return getFoldStyleCheck();
    }

    UnaryOperator<Collection<String>> unfold() {
      return getRemoveFoldStyle();
    }
  }

  public CodeView(Executor background, Executor fx, boolean editable) {
    this.background = background;
    this.fx = fx;
    area.setEditable(editable);
    area.getStyleClass().add("code-view");
    IntFunction<Node> numbers = LineNumberFactory.get(area, digits -> "%1$" + digits + "s", area.folded(), area.unfold());
    area.setParagraphGraphicFactory(numbers);
    if (editable) {
      area.textProperty().addListener((o, was, now) -> highlightLater(now, ++shown, false));
    }
  }

  public Node node() {
    return scroll;
  }

  public CodeArea area() {
    return area;
  }

  public String text() {
    return area.getText();
  }

  /** Shows {@code text}, coloured as JSON once the background thread has done it, folded if it is long. */
  public void show(String text) {
    long ticket = ++shown;
    area.replaceText(text);
    area.moveTo(0);
    area.requestFollowCaret();
    highlightLater(text, ticket, true);
  }

  private void highlightLater(String text, long ticket, boolean fold) {
    background.execute(() -> {
      StyleSpans<Collection<String>> spans = JsonHighlighter.highlight(text);
      List<JsonHighlighter.Fold> folds = fold && text.lines().count() > FOLD_ABOVE_LINES
          ? JsonHighlighter.folds(text, 2, 8) : List.of();
      fx.execute(() -> apply(ticket, text, spans, folds));
    });
  }

  private void apply(long ticket, String text, StyleSpans<Collection<String>> spans, List<JsonHighlighter.Fold> folds) {
    if (ticket != shown || !area.getText().equals(text)) {
      return;
    }
    area.setStyleSpans(0, spans);
    for (int i = folds.size() - 1; i >= 0; i--) {
      JsonHighlighter.Fold f = folds.get(i);
      if (f.lastParagraph() < area.getParagraphs().size()) {
        area.foldParagraphs(f.firstParagraph(), f.lastParagraph());
      }
    }
  }
}
