package dev.cumulo.functions.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms Lambda accepts for {@code FunctionName}: {@code my-function}, {@code my-function:$LATEST},
 * {@code 123456789012:function:my-function} and the full ARN, with an optional qualifier.
 */
public final class FunctionNames {
  private static final Pattern FORM =
      Pattern.compile("^(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:)?(?:\\d{12}:function:)?([a-zA-Z0-9._-]+)(?::(\\$LATEST|[a-zA-Z0-9_-]+))?$");

  private FunctionNames() {}

  /** The bare name, when the text is one of the accepted forms. */
  public static Optional<String> name(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The qualifier after the name ({@code $LATEST}, a version or an alias), when there is one. */
  public static Optional<String> qualifier(String text) {
    Matcher m = FORM.matcher(text);
    return m.matches() ? Optional.ofNullable(m.group(2)) : Optional.empty();
  }
}
