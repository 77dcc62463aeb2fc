package dev.cumulo.recorder;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.OutcomeKind;
import dev.cumulo.functions.model.Trigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Maps invocation records and log lines to and from their rows. */
final class InvocationRows {
  private InvocationRows() {}

  static final String COLUMNS =
      "request_id, function, instance_id, trigger_source, trigger_detail, invocation_type, trace_id, parent_request_id,"
          + " attempt, outcome, error_type, cold_start, queued_at, init_start, init_end, invoke_start, invoke_end,"
          + " duration_ms, billed_ms, memory_mb, max_memory_mb, init_duration_ms, request, response, pauses";

  static void insert(Connection c, InvocationRecord r) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("INSERT INTO invocations (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int i = 1;
      st.setString(i++, r.requestId());
      st.setString(i++, r.function());
      st.setString(i++, r.instanceId());
      st.setString(i++, r.trigger().source().name());
      st.setString(i++, r.trigger().detail());
      st.setString(i++, r.type().name());
      st.setString(i++, r.traceId());
      st.setString(i++, r.parentRequestId());
      st.setInt(i++, r.attempt());
      st.setString(i++, r.outcome().name());
      st.setString(i++, r.errorType());
      st.setInt(i++, r.coldStart() ? 1 : 0);
      st.setLong(i++, r.queuedAt());
      st.setLong(i++, r.initStart());
      st.setLong(i++, r.initEnd());
      st.setLong(i++, r.invokeStart());
      st.setLong(i++, r.invokeEnd());
      st.setDouble(i++, r.durationMs());
      st.setLong(i++, r.billedDurationMs());
      st.setInt(i++, r.memorySizeMb());
      st.setInt(i++, r.maxMemoryUsedMb());
      st.setDouble(i++, r.initDurationMs());
      st.setBytes(i++, r.request());
      st.setBytes(i++, r.response());
      st.setString(i, PausedSpans.encode(r.pauses()));
      st.executeUpdate();
    }
  }

  static InvocationRecord read(ResultSet rs) throws SQLException {
    return new InvocationRecord(
        rs.getString("request_id"),
        rs.getString("function"),
        rs.getString("instance_id"),
        new Trigger(Trigger.Source.valueOf(rs.getString("trigger_source")), rs.getString("trigger_detail")),
        InvocationType.valueOf(rs.getString("invocation_type")),
        rs.getString("trace_id"),
        rs.getString("parent_request_id"),
        rs.getInt("attempt"),
        Phase.DONE,
        OutcomeKind.valueOf(rs.getString("outcome")),
        rs.getString("error_type"),
        rs.getInt("cold_start") == 1,
        rs.getLong("queued_at"),
        rs.getLong("init_start"),
        rs.getLong("init_end"),
        rs.getLong("invoke_start"),
        rs.getLong("invoke_end"),
        rs.getDouble("duration_ms"),
        rs.getLong("billed_ms"),
        rs.getInt("memory_mb"),
        rs.getInt("max_memory_mb"),
        rs.getDouble("init_duration_ms"),
        bytes(rs.getBytes("request")),
        bytes(rs.getBytes("response")),
        PausedSpans.decode(rs.getString("pauses")));
  }

  private static byte[] bytes(byte[] b) {
    return b == null ? new byte[0] : b;
  }

  static void insertLogs(Connection c, List<LogLine> lines) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO log_lines (request_id, function, instance_id, time_micros, platform, text) VALUES (?,?,?,?,?,?)")) {
      for (LogLine line : lines) {
        st.setString(1, line.requestId());
        st.setString(2, line.function());
        st.setString(3, line.instanceId());
        st.setLong(4, line.timeMicros());
        st.setInt(5, line.platform() ? 1 : 0);
        st.setString(6, line.text());
        st.executeUpdate();
      }
    }
  }

  static LogLine readLog(ResultSet rs) throws SQLException {
    return new LogLine(
        rs.getString("request_id"),
        rs.getString("function"),
        rs.getString("instance_id"),
        rs.getLong("time_micros"),
        rs.getInt("platform") == 1,
        rs.getString("text"));
  }
}
