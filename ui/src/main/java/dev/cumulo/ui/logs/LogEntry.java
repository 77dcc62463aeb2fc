package dev.cumulo.ui.logs;

import dev.cumulo.recorder.LogLine;

/** A log line with its level read once, as the log view lists it. */
public record LogEntry(LogLine line, LogLevel level) {
  public static LogEntry of(LogLine line) {
    return new LogEntry(line, LogLevel.of(line));
  }
}
