package dev.cumulo.debug.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates Cumulo's code breakpoints into the inspector's {@code Debugger.setBreakpointByUrl} parameters: a URL
 * pattern that matches the script however Node names it (a file: URL or a path), the generated line when the breakpoint
 * is on a TypeScript line with a source map, and the condition (logpoints become a condition that logs and is false).
 */
final class NodeBreakpoints {
  private static final List<String> SCRIPTS = List.of(".js", ".mjs", ".cjs", ".jsx");
  private static final List<String> MAPPED = List.of(".ts", ".mts", ".cts", ".tsx");

  private NodeBreakpoints() {}

  static Optional<ObjectNode> parameters(CodeBreakpoint breakpoint, List<SourceMap> maps) {
    Path file = Path.of(breakpoint.file());
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectNode params = Json.object();
    if (SCRIPTS.stream().anyMatch(name::endsWith)) {
      params.put("urlRegex", urlPattern(file)).put("lineNumber", breakpoint.line() - 1);
    } else if (MAPPED.stream().anyMatch(name::endsWith)) {
      Optional<SourceMap.Position> generated = maps.stream()
          .map(m -> m.generatedFor(file, breakpoint.line() - 1)).flatMap(Optional::stream).findFirst();
      if (generated.isEmpty()) {
        return Optional.empty();
      }
      params.put("urlRegex", urlPattern(generated.get().file())).put("lineNumber", generated.get().line())
          .put("columnNumber", generated.get().column());
    } else {
      return Optional.empty();
    }
    params.put("condition", condition(breakpoint));
    return Optional.of(params);
  }

  static String condition(CodeBreakpoint breakpoint) {
    Optional<String> condition = breakpoint.condition().map(c -> "(" + c + ")");
    if (breakpoint.logMessage().isEmpty()) {
      return condition.orElse("");
    }
    String log = "(console.log(" + templateLiteral(breakpoint.logMessage().get()) + "), false)";
    return condition.map(c -> c + " && " + log).orElse(log);
  }

  /** {@code total is {order.total}} as the JavaScript template literal {@code `total is ${order.total}`}. */
  static String templateLiteral(String message) {
    StringBuilder out = new StringBuilder("`");
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      int close = c == '{' ? closingBrace(message, i) : -1;
      if (close > i) {
        out.append("${").append(message, i + 1, close).append('}');
        i = close + 1;
        continue;
      }
      if (c == '`' || c == '\\' || c == '$') {
        out.append('\\');
      }
      out.append(c);
      i++;
    }
    return out.append('`').toString();
  }

  static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A JavaScript regular expression matching the script's URL as a file: URL or as a plain path. */
  static String urlPattern(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return "^(" + escape(absolute.toUri().toString()) + "|" + escape(absolute.toString()) + ")$";
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.*+?()[]{}|/".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
