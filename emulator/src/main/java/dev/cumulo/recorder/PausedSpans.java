package dev.cumulo.recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Paused spans in one text column: {@code E:start-end,C:start-end} (E held event, C paused code). */
final class PausedSpans {
  private PausedSpans() {}

  static String encode(List<PausedSpan> spans) {
    if (spans.isEmpty()) {
      return ""; // nearly every invocation, written thousands of times a second: no stream pipeline for it
    }
    return spans.stream()
        .map(s -> (s.cause() == PausedSpan.Cause.EVENT_HELD ? "E:" : "C:") + s.startMicros() + "-" + s.endMicros())
        .collect(Collectors.joining(","));
  }

  static List<PausedSpan> decode(String text) {
    List<PausedSpan> spans = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return spans;
    }
    for (String part : text.split(",")) {
      PausedSpan.Cause cause = part.startsWith("E:") ? PausedSpan.Cause.EVENT_HELD : PausedSpan.Cause.CODE_PAUSED;
      String[] range = part.substring(2).split("-");
      spans.add(new PausedSpan(Long.parseLong(range[0]), Long.parseLong(range[1]), cause));
    }
    return spans;
  }
}
