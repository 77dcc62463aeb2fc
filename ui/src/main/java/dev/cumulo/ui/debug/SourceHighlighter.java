package dev.cumulo.ui.debug;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Colours source code: comments, strings, numbers and the language's keywords. A lexer that knows only these, enough
 * to read code by; pure computation, run off the UI thread.
 */
public final class SourceHighlighter {
  private static final Pattern C_LIKE = Pattern.compile(
      "(?<COMMENT>//[^\\n]*|/\\*(?s:.*?)(?:\\*/|\\z))"
          + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|`(?:[^`\\\\]|\\\\.)*`)"
          + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?[lLfFdD]?\\b)"
          + "|(?<WORD>\\b[A-Za-z_$][\\w$]*\\b)");
  private static final Pattern PYTHON = Pattern.compile(
      "(?<COMMENT>#[^\\n]*)"
          + "|(?<STRING>\"\"\"(?s:.*?)(?:\"\"\"|\\z)|'''(?s:.*?)(?:'''|\\z)|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
          + "|(?<NUMBER>\\b\\d+(?:\\.\\d+)?\\b)"
          + "|(?<WORD>\\b[A-Za-z_]\\w*\\b)");

  private SourceHighlighter() {}

  public static StyleSpans<Collection<String>> highlight(String text, SourceLanguage language) {
    Matcher m = (language == SourceLanguage.PYTHON ? PYTHON : C_LIKE).matcher(text);
    StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
    int last = 0;
    while (m.find()) {
      String style = m.group("COMMENT") != null ? "src-comment"
          : m.group("STRING") != null ? "src-string"
          : m.group("NUMBER") != null ? "src-number"
          : language.keywords().contains(m.group("WORD")) ? "src-keyword" : null;
      if (style == null) {
        continue;
      }
      spans.add(List.of(), m.start() - last);
      spans.add(List.of(style), m.end() - m.start());
      last = m.end();
    }
    spans.add(List.of(), text.length() - last);
    return spans.create();
  }
}
