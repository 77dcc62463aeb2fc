package dev.cumulo.ui.timeline;

import java.util.Locale;
import java.util.Optional;

/**
 * What the timeline shows: one function or all, which outcomes, and invocations whose request id, function, instance,
 * error type or trigger contains the text (ignoring case).
 */
public record BarFilter(Optional<String> function, OutcomeFilter outcome, String text) {
  public static final BarFilter ALL = new BarFilter(Optional.empty(), OutcomeFilter.ALL, "");

  public BarFilter {
    text = text.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isAll() {
    return function.isEmpty() && outcome == OutcomeFilter.ALL && text.isEmpty();
  }

  public boolean showsFunction(String name) {
    return function.isEmpty() || function.get().equals(name);
  }

  public boolean matches(Bar bar) {
    return showsFunction(bar.function()) && outcome.matches(bar) && (text.isEmpty() || containsText(bar));
  }

  private boolean containsText(Bar bar) {
    return contains(bar.requestId()) || contains(bar.function()) || contains(bar.instanceId()) || contains(bar.errorType())
        || contains(bar.trigger().detail()) || contains(bar.trigger().source().name());
  }

  private boolean contains(String value) {
    return value.toLowerCase(Locale.ROOT).contains(text);
  }

  public BarFilter withFunction(Optional<String> value) {
    return new BarFilter(value, outcome, text);
  }

  public BarFilter withOutcome(OutcomeFilter value) {
    return new BarFilter(function, value, text);
  }

  public BarFilter withText(String value) {
    return new BarFilter(function, outcome, value);
  }
}
