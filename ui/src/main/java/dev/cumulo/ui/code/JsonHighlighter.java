package dev.cumulo.ui.code;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours JSON text: keys, strings, numbers, literals and punctuation, and finds where large objects and arrays can
 * fold. Pure computation, run off the UI thread.
 */
public final class JsonHighlighter {
  private static final Pattern TOKENS = Pattern.compile(
      "(?<KEY>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))"
          + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\")"
          + "|(?<NUMBER>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)"
          + "|(?<LITERAL>\\b(?:true|false|null)\\b)"
          + "|(?<PUNCT>[{}\\[\\],:])");

  /** A foldable block: the paragraphs after its opening line up to its closing line. */
  public record Fold(int firstParagraph, int lastParagraph) {}

  private JsonHighlighter() {}

  public static StyleSpans<Collection<String>> highlight(String text) {
    Matcher m = TOKENS.matcher(text);
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    int last = 0;
    while (m.find()) {
      String style = m.group("KEY") != null ? "json-key"
          : m.group("STRING") != null ? "json-string"
          : m.group("NUMBER") != null ? "json-number"
          : m.group("LITERAL") != null ? "json-literal" : "json-punct";
      spans.add(List.of(), m.start() - last);
      spans.add(List.of(style), m.end() - m.start());
      last = m.end();
    }
    spans.add(List.of(), text.length() - last);
    return spans.create();
  }

  /**
   * The blocks of pretty-printed JSON to fold when it is long: objects and arrays below {@code depth} that span more
   * than {@code minLines} lines, outermost first, none inside another.
   */
  public static List<Fold> folds(String pretty, int depth, int minLines) {
    List<Fold> folds = new ArrayList<>();
    String[] lines = pretty.split("\n", -1);
    int[] openedAt = new int[256];
    int level = 0;
    int foldedUntil = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("}") || line.startsWith("]")) {
        level--;
        if (level >= 0 && level < openedAt.length && level >= depth && i > foldedUntil && i - openedAt[level] > minLines) {
          folds.add(new Fold(openedAt[level] + 1, i - 1));
          foldedUntil = i;
        }
      }
      if ((line.endsWith("{") || line.endsWith("[")) && level >= 0) {
        if (level < openedAt.length) {
          openedAt[level] = i;
        }
        level++;
      }
    }
    folds.removeIf(f -> folds.stream().anyMatch(o -> o != f && o.firstParagraph() <= f.firstParagraph() && o.lastParagraph() >= f.lastParagraph()));
    folds.sort(java.util.Comparator.comparingInt(Fold::firstParagraph));
    return folds;
  }
}
