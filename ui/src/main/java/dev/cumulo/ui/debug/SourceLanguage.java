package dev.cumulo.ui.debug;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages whose source the code view shows, told by file name, each with its keywords and comment marker. */
public enum SourceLanguage {
  JAVA(Words.JAVA, "//"),
  JAVASCRIPT(Words.JAVASCRIPT, "//"),
  TYPESCRIPT(Words.JAVASCRIPT + Words.TYPESCRIPT, "//"),
  PYTHON(Words.PYTHON, "#");

  /** Keywords as compile-time constants, so that TypeScript's can extend JavaScript's. */
  private static final class Words {
    static final String JAVA = "abstract assert boolean break byte case catch char class continue default do double else "
        + "enum extends final finally float for if implements import instanceof int interface long new package private "
        + "protected public record return short static super switch synchronized this throw throws try var void volatile "
        + "while yield true false null";
    static final String JAVASCRIPT = "async await break case catch class const continue default delete do else export "
        + "extends finally for function if import in instanceof let new of return switch this throw try typeof var void "
        + "while yield true false null undefined require module exports";
    static final String TYPESCRIPT = " interface type enum implements private public readonly number string boolean any "
        + "unknown never as";
    static final String PYTHON = "and as assert async await break class continue def del elif else except finally for "
        + "from global if import in is lambda nonlocal not or pass raise return try while with yield True False None self";
  }

  private final Set<String> keywords;
  private final String lineComment;

  SourceLanguage(String keywords, String lineComment) {
    this.keywords = Set.of(keywords.split(" "));
    this.lineComment = lineComment;
  }

  public Set<String> keywords() {
    return keywords;
  }

  public String lineComment() {
    return lineComment;
  }

  public static Optional<SourceLanguage> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".java")) {
      return Optional.of(JAVA);
    }
    if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs")) {
      return Optional.of(JAVASCRIPT);
    }
    if (name.endsWith(".ts") && !name.endsWith(".d.ts")) {
      return Optional.of(TYPESCRIPT);
    }
    if (name.endsWith(".py")) {
      return Optional.of(PYTHON);
    }
    return Optional.empty();
  }
}
