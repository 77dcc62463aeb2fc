package dev.cumulo.recorder;

import dev.cumulo.metering.MeteredRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps service requests to and from their rows. */
final class ServiceRequestRows {
  private ServiceRequestRows() {}

  static void insert(Connection c, ServiceRequestRecord record) throws SQLException {
    MeteredRequest r = record.request();
    try (PreparedStatement st = c.prepareStatement(
        "INSERT INTO service_requests (service, resource, operation, payload_bytes, response_bytes, time_micros,"
            + " trace_header, caller_request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, r.service());
      st.setString(2, r.resource());
      st.setString(3, r.operation());
      st.setLong(4, r.payloadBytes());
      st.setLong(5, r.responseBytes());
      st.setLong(6, r.timeMicros());
      st.setString(7, r.traceHeader());
      st.setString(8, record.callerRequestId());
      st.executeUpdate();
    }
  }

  static ServiceRequestRecord read(ResultSet rs) throws SQLException {
    return new ServiceRequestRecord(
        new MeteredRequest(rs.getString("service"), rs.getString("resource"), rs.getString("operation"),
            rs.getLong("payload_bytes"), rs.getLong("response_bytes"), rs.getLong("time_micros"),
            rs.getString("trace_header")),
        rs.getString("caller_request_id"));
  }
}
