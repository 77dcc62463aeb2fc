package dev.cumulo.queue.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept for the writer connection, so the hot writes (send, receive, delete) skip SQLite's
 * statement compilation. Only ever used on the database writer thread, inside write work; a batch left over by failed
 * work is cleared before reuse.
 */
final class WriterStatements {
  private Connection owner;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  PreparedStatement get(Connection connection, String sql) throws SQLException {
    if (connection != owner) {
      statements.clear();
      owner = connection;
    }
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    statement.clearBatch();
    return statement;
  }
}
