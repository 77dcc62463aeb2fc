package dev.cumulo.queue.store;

import dev.cumulo.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Stored queues. Deleting a queue deletes its messages and deduplication records in the same transaction. */
public final class QueueTable {
  private final Database db;

  QueueTable(Database db) {
    this.db = db;
  }

  public List<QueueRow> loadAll() {
    return db.read(
        c -> {
          List<QueueRow> rows = new ArrayList<>();
          try (PreparedStatement st = c.prepareStatement("SELECT id, name, attributes, tags, created_ms, modified_ms FROM queues");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              rows.add(
                  new QueueRow(
                      rs.getLong(1),
                      rs.getString(2),
                      AttributeCodec.decodeMap(rs.getString(3)),
                      AttributeCodec.decodeMap(rs.getString(4)),
                      rs.getLong(5),
                      rs.getLong(6)));
            }
          }
          return rows;
        });
  }

  /** Inserts or replaces the queue row with this id. */
  public CompletableFuture<Void> save(QueueRow row) {
    return db.write(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO queues (id, name, attributes, tags, created_ms, modified_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, row.id());
            st.setString(2, row.name());
            st.setString(3, AttributeCodec.encodeMap(row.attributes()));
            st.setString(4, AttributeCodec.encodeMap(row.tags()));
            st.setLong(5, row.createdMs());
            st.setLong(6, row.modifiedMs());
            st.executeUpdate();
          }
          return null;
        });
  }

  public CompletableFuture<Void> delete(long queueId) {
    return db.write(
        c -> {
          for (String sql :
              List.of(
                  "DELETE FROM messages WHERE queue_id = ?",
                  "DELETE FROM dedup WHERE queue_id = ?",
                  "DELETE FROM queues WHERE id = ?")) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
              st.setLong(1, queueId);
              st.executeUpdate();
            }
          }
          return null;
        });
  }
}
