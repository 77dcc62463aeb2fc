package dev.cumulo.ui.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.recorder.LogLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogLevelTest {
  private static LogLevel of(String text) {
    return LogLevel.of(new LogLine("r", "F", "i", 0, false, text));
  }

  @Test
  void levelsAreReadAsEachRuntimeWritesThem() {
    assertEquals(
        List.of(LogLevel.ERROR, LogLevel.WARN, LogLevel.ERROR, LogLevel.WARN, LogLevel.DEBUG, LogLevel.INFO, LogLevel.INFO),
        List.of(
            of("2024-05-01T10:00:00.000Z\tc0ffee\tERROR\tboom"),
            of("2024-05-01T10:00:00.000Z\tc0ffee\tWARN\tslow"),
            of("[ERROR]\t2024-05-01T10:00:00.000Z\tc0ffee\tfailed"),
            of("{\"timestamp\":\"2024\",\"level\":\"WARN\",\"message\":\"hm\"}"),
            of("DEBUG something"),
            of("an ERRORless line that mentions errors"),
            of("plain output")));
  }

  @Test
  void lambdasOwnLinesArePlatformLines() {
    assertEquals(LogLevel.PLATFORM, LogLevel.of(new LogLine("r", "F", "i", 0, true, "REPORT RequestId: r Duration: 1 ms")));
  }
}
