package dev.cumulo.triggers;

import dev.cumulo.project.EventSource;
import dev.cumulo.project.FunctionSpec;
import dev.cumulo.project.TemplateException;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved {@code Type} and {@code Properties} of one entry of a function's {@code Events}, for the settings the
 * project model does not name, and the template error for a setting Cumulo cannot use.
 */
public record EventProperties(FunctionSpec function, EventSource event, String type, Map<?, ?> properties) {

  public static EventProperties of(FunctionSpec function, EventSource event) {
    Map<?, ?> entry = map(map(function.properties().get("Events")).get(event.name()));
    return new EventProperties(function, event, String.valueOf(entry.get("Type")), map(entry.get("Properties")));
  }

  /** A property as text, when it is set to a text, a number or a boolean. */
  public Optional<String> string(String key) {
    Object value = properties.get(key);
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? Optional.of(String.valueOf(value))
        : Optional.empty();
  }

  /** An integer property; a value that is not an integer is a template error. */
  public Optional<Integer> integer(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.get()));
    } catch (NumberFormatException e) {
      throw error(key + " must be an integer, not " + text.get());
    }
  }

  /** A template error at this event, naming the function and the event. */
  public TemplateException error(String problem) {
    return new TemplateException(event.location().file(), function.logicalId(), event.location().line(),
        "event " + event.name() + ": " + problem);
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }
}
