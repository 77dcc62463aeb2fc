package dev.cumulo.ui.logs;

import dev.cumulo.recorder.LogLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of a log line, read the way the runtimes write it: Node's {@code console.error} puts {@code ERROR} between
 * tabs, Python's logging puts {@code [ERROR]} first, JSON logs carry {@code "level":"ERROR"}; Lambda's own lines are
 * {@link #PLATFORM}. A line with no level is {@link #INFO}.
 */
public enum LogLevel {
  ALL("All levels"),
  ERROR("Errors"),
  WARN("Warnings"),
  INFO("Info"),
  DEBUG("Debug"),
  PLATFORM("Lambda (START, END, REPORT)");

  private static final Pattern MARKER = Pattern.compile(
      "(?:^|\\t|\\[|\"level\"\\s*:\\s*\")(ERROR|FATAL|CRITICAL|WARN|WARNING|INFO|DEBUG|TRACE)(?:\\t|]|\"|\\s|$)");

  private final String label;

  LogLevel(String label) {
    this.label = label;
  }

  public static LogLevel of(LogLine line) {
    if (line.platform()) {
      return PLATFORM;
    }
    Matcher m = MARKER.matcher(line.text());
    if (!m.find()) {
      return INFO;
    }
    return switch (m.group(1)) {
      case "ERROR", "FATAL", "CRITICAL" -> ERROR;
      case "WARN", "WARNING" -> WARN;
      case "DEBUG", "TRACE" -> DEBUG;
      default -> INFO;
    };
  }

  /** Whether a line of level {@code level} shows under this filter. */
  public boolean shows(LogLevel level) {
    return this == ALL || this == level;
  }

  @Override
  public String toString() {
    return label;
  }
}
