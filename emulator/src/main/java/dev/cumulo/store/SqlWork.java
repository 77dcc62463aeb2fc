package dev.cumulo.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection, inside a transaction when it is a write. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
