package dev.cumulo.ui.debug;

import dev.cumulo.debug.breakpoint.Breakpoint;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.debug.breakpoint.EventBreakpoint;
import dev.cumulo.debug.breakpoint.EventCondition;
import java.nio.file.Path;
import java.util.Locale;

/** A breakpoint in a few words, as the breakpoint list shows it. */
final class BreakpointText {
  private BreakpointText() {}

  static String describe(Breakpoint breakpoint, Path projectRoot) {
    return breakpoint instanceof CodeBreakpoint c ? code(c, projectRoot) : event((EventBreakpoint) breakpoint);
  }

  private static String code(CodeBreakpoint c, Path projectRoot) {
    Path file = projectRoot.resolve(c.file()).normalize();
    String shown = file.startsWith(projectRoot) ? projectRoot.relativize(file).toString() : file.toString();
    StringBuilder text = new StringBuilder(shown).append(':').append(c.line());
    c.condition().ifPresent(x -> text.append("  if ").append(x));
    if (c.hitCount() > 1) {
      text.append("  from hit ").append(c.hitCount());
    }
    c.logMessage().ifPresent(m -> text.append("  log \"").append(m).append('"'));
    return text.toString();
  }

  private static String event(EventBreakpoint e) {
    StringBuilder text = new StringBuilder("Events to ").append(e.function().orElse("any function"));
    e.source().ifPresent(s -> text.append(" from ").append(s.name().toLowerCase(Locale.ROOT)));
    e.resource().ifPresent(r -> text.append(" (").append(r).append(')'));
    e.condition().ifPresent(c -> text.append("  where ").append(condition(c)));
    return text.toString();
  }

  private static String condition(EventCondition c) {
    String value = c.value().map(v -> v.isTextual() ? "\"" + v.asText() + "\"" : v.toString()).orElse("");
    return c.path().map(p -> p.text() + " " + c.operator().wireName() + (value.isEmpty() ? "" : " " + value))
        .orElse("text contains " + value);
  }
}
