package dev.cumulo.recorder;

import java.util.List;

/** The recorder's tables, one migration per schema version. */
final class RecorderSchema {
  private RecorderSchema() {}

  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE invocations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL,
            function TEXT NOT NULL,
            instance_id TEXT NOT NULL,
            trigger_source TEXT NOT NULL,
            trigger_detail TEXT NOT NULL,
            invocation_type TEXT NOT NULL,
            trace_id TEXT NOT NULL,
            parent_request_id TEXT NOT NULL,
            attempt INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            error_type TEXT NOT NULL,
            cold_start INTEGER NOT NULL,
            queued_at INTEGER NOT NULL,
            init_start INTEGER NOT NULL,
            init_end INTEGER NOT NULL,
            invoke_start INTEGER NOT NULL,
            invoke_end INTEGER NOT NULL,
            duration_ms REAL NOT NULL,
            billed_ms INTEGER NOT NULL,
            memory_mb INTEGER NOT NULL,
            max_memory_mb INTEGER NOT NULL,
            init_duration_ms REAL NOT NULL,
            request BLOB,
            response BLOB);
          CREATE INDEX invocations_request ON invocations(request_id);
          CREATE INDEX invocations_function ON invocations(function, id);
          CREATE INDEX invocations_parent ON invocations(parent_request_id);
          CREATE TABLE log_lines (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL,
            function TEXT NOT NULL,
            instance_id TEXT NOT NULL,
            time_micros INTEGER NOT NULL,
            platform INTEGER NOT NULL,
            text TEXT NOT NULL);
          CREATE INDEX log_lines_request ON log_lines(request_id);
          """,
          """
          CREATE TABLE service_requests (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            service TEXT NOT NULL,
            resource TEXT NOT NULL,
            operation TEXT NOT NULL,
            payload_bytes INTEGER NOT NULL,
            response_bytes INTEGER NOT NULL,
            time_micros INTEGER NOT NULL,
            trace_header TEXT NOT NULL,
            caller_request_id TEXT NOT NULL);
          CREATE INDEX service_requests_caller ON service_requests(caller_request_id);
          """,
          """
          ALTER TABLE invocations ADD COLUMN pauses TEXT NOT NULL DEFAULT '';
          """);
}
