package dev.cumulo.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.json.Json;
import dev.cumulo.recorder.InvocationRecord;
import dev.cumulo.recorder.LogLine;
import dev.cumulo.recorder.PausedSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** The control API's JSON shapes of invocation records. */
final class InvocationJson {
  private InvocationJson() {}

  static ObjectNode summary(InvocationRecord r) {
    ObjectNode o = Json.object();
    o.put("requestId", r.requestId());
    o.put("function", r.function());
    o.put("instanceId", r.instanceId());
    o.put("attempt", r.attempt());
    o.putObject("trigger").put("source", r.trigger().source().name().toLowerCase()).put("detail", r.trigger().detail());
    o.put("invocationType", r.type().wireName());
    o.put("traceId", r.traceId());
    o.put("parentRequestId", r.parentRequestId());
    o.put("phase", r.phase().name().toLowerCase());
    o.put("outcome", r.outcome().name().toLowerCase());
    o.put("errorType", r.errorType());
    o.put("coldStart", r.coldStart());
    o.put("queuedAt", time(r.queuedAt()));
    o.put("durationMs", r.durationMs());
    o.put("billedDurationMs", r.billedDurationMs());
    o.put("memorySizeMb", r.memorySizeMb());
    o.put("maxMemoryUsedMb", r.maxMemoryUsedMb());
    o.put("initDurationMs", r.initDurationMs());
    o.put("pausedMs", r.pausedMicros() / 1000.0);
    return o;
  }

  static ObjectNode detail(InvocationRecord r, List<LogLine> logs, List<InvocationRecord> children) {
    ObjectNode o = summary(r);
    ObjectNode phases = o.putObject("phases");
    phases.put("queuedAt", time(r.queuedAt()));
    phases.put("initStart", time(r.initStart()));
    phases.put("initEnd", time(r.initEnd()));
    phases.put("invokeStart", time(r.invokeStart()));
    phases.put("invokeEnd", time(r.invokeEnd()));
    ArrayNode pauses = o.putArray("pauses");
    for (PausedSpan span : r.pauses()) {
      pauses.addObject().put("cause", span.cause().name().toLowerCase()).put("start", time(span.startMicros()))
          .put("end", time(span.endMicros()));
    }
    o.set("request", payload(r.request()));
    o.set("response", payload(r.response()));
    ArrayNode lines = o.putArray("logs");
    for (LogLine line : logs) {
      lines.addObject().put("time", time(line.timeMicros())).put("platform", line.platform()).put("text", line.text());
    }
    ArrayNode kids = o.putArray("children");
    children.forEach(child -> kids.add(summary(child)));
    return o;
  }

  /** A payload as JSON when it is JSON, else as {@code {"base64": "..."}}. */
  private static JsonNode payload(byte[] bytes) {
    if (bytes.length == 0) {
      return Json.MAPPER.nullNode();
    }
    try {
      return Json.MAPPER.readTree(bytes);
    } catch (IOException e) {
      return Json.object().put("base64", Base64.getEncoder().encodeToString(bytes))
          .put("text", new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private static String time(long micros) {
    return micros == 0 ? null : Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000).toString();
  }
}
