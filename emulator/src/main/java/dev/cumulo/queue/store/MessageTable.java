package dev.cumulo.queue.store;

import dev.cumulo.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Stored messages and FIFO deduplication records. Every write returns a future that completes after its commit; the
 * service acknowledges a request only then.
 */
public final class MessageTable {
  private static final String COLUMNS =
      "seq, queue_id, message_id, body, attributes, trace_header, sender_id, group_id, dedup_id, dlq_source_arn,"
          + " sent_ms, visible_ms, receive_count, first_receive_ms";

  private static final String INSERT = "INSERT INTO messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String REMEMBER =
      "INSERT OR REPLACE INTO dedup (queue_id, dedup_key, message_id, seq, expires_ms) VALUES (?, ?, ?, ?, ?)";
  private static final String MARK_RECEIVED = "UPDATE messages SET visible_ms = ?, receive_count = ?, first_receive_ms = ? WHERE seq = ?";
  private static final String SET_VISIBLE = "UPDATE messages SET visible_ms = ? WHERE seq = ?";
  private static final String DELETE = "DELETE FROM messages WHERE seq = ?";

  private final Database db;
  private final WriterStatements statements = new WriterStatements();

  MessageTable(Database db) {
    this.db = db;
  }

  public long maxSeq() {
    return db.read(c -> single(c, "SELECT coalesce(max(seq), 0) FROM messages"));
  }

  /** Every stored message's state by queue, each queue's in sequence order; read once at start. */
  public Map<Long, List<MessageState>> loadStates() {
    return db.read(
        c -> {
          Map<Long, List<MessageState>> out = new HashMap<>();
          try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT queue_id, seq, message_id, group_id, dlq_source_arn, sent_ms, visible_ms, receive_count,"
                          + " first_receive_ms FROM messages ORDER BY seq");
              ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              out.computeIfAbsent(rs.getLong(1), q -> new ArrayList<>())
                  .add(
                      new MessageState(
                          rs.getLong(2),
                          rs.getString(3),
                          Optional.ofNullable(rs.getString(4)),
                          Optional.ofNullable(rs.getString(5)),
                          rs.getLong(6),
                          rs.getLong(7),
                          rs.getInt(8),
                          rs.getLong(9)));
            }
          }
          return out;
        });
  }

  public CompletableFuture<Void> insert(List<MessageRow> rows, List<DedupRow> dedups) {
    return db.write(
        c -> {
          PreparedStatement insert = statements.get(c, INSERT);
          for (MessageRow row : rows) {
            bind(insert, row);
            insert.addBatch();
          }
          insert.executeBatch();
          if (!dedups.isEmpty()) {
            PreparedStatement remember = statements.get(c, REMEMBER);
            for (DedupRow d : dedups) {
              remember.setLong(1, d.queueId());
              remember.setString(2, d.key());
              remember.setString(3, d.messageId());
              remember.setLong(4, d.seq());
              remember.setLong(5, d.expiresMs());
              remember.addBatch();
            }
            remember.executeBatch();
          }
          return null;
        });
  }

  private static void bind(PreparedStatement st, MessageRow row) throws SQLException {
    st.setLong(1, row.seq());
    st.setLong(2, row.queueId());
    st.setString(3, row.messageId());
    st.setString(4, row.body());
    setNullable(st, 5, AttributeCodec.encodeAttributes(row.attributes()));
    setNullable(st, 6, row.traceHeader().orElse(null));
    st.setString(7, row.senderId());
    setNullable(st, 8, row.groupId().orElse(null));
    setNullable(st, 9, row.deduplicationId().orElse(null));
    setNullable(st, 10, row.deadLetterSourceArn().orElse(null));
    st.setLong(11, row.sentMs());
    st.setLong(12, row.visibleMs());
    st.setInt(13, row.receiveCount());
    st.setLong(14, row.firstReceiveMs());
  }

  private static void setNullable(PreparedStatement st, int index, String value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.VARCHAR);
    } else {
      st.setString(index, value);
    }
  }

  /** Records receives: new visibility time, receive count and first-receive time. */
  public CompletableFuture<Void> markReceived(List<MessageState> states) {
    return db.write(
        c -> {
          PreparedStatement st = statements.get(c, MARK_RECEIVED);
          for (MessageState s : states) {
            st.setLong(1, s.visibleMs());
            st.setInt(2, s.receiveCount());
            st.setLong(3, s.firstReceiveMs());
            st.setLong(4, s.seq());
            st.addBatch();
          }
          st.executeBatch();
          return null;
        });
  }

  /** Sets when each message (by seq) becomes visible again. */
  public CompletableFuture<Void> updateVisibility(Map<Long, Long> visibleMsBySeq) {
    return db.write(
        c -> {
          PreparedStatement st = statements.get(c, SET_VISIBLE);
          for (Map.Entry<Long, Long> e : visibleMsBySeq.entrySet()) {
            st.setLong(1, e.getValue());
            st.setLong(2, e.getKey());
            st.addBatch();
          }
          st.executeBatch();
          return null;
        });
  }

  public CompletableFuture<Void> delete(Collection<Long> seqs) {
    return db.write(
        c -> {
          PreparedStatement st = statements.get(c, DELETE);
          for (long seq : seqs) {
            st.setLong(1, seq);
            st.addBatch();
          }
          st.executeBatch();
          return null;
        });
  }

  /** Moves messages between queues, each copy and delete in the same transaction. */
  public CompletableFuture<Void> move(List<Move> moves) {
    return db.write(
        c -> {
          try (PreparedStatement copy =
                  c.prepareStatement(
                      "INSERT INTO messages (" + COLUMNS + ") SELECT ?, ?, message_id, body, attributes, trace_header,"
                          + " sender_id, group_id, dedup_id, ?, sent_ms, ?,"
                          + " CASE WHEN ? THEN 0 ELSE receive_count END, CASE WHEN ? THEN 0 ELSE first_receive_ms END"
                          + " FROM messages WHERE seq = ?");
              PreparedStatement delete = c.prepareStatement(DELETE)) {
            for (Move m : moves) {
              copy.setLong(1, m.toSeq());
              copy.setLong(2, m.toQueueId());
              setNullable(copy, 3, m.deadLetterSourceArn().orElse(null));
              copy.setLong(4, m.visibleMs());
              copy.setBoolean(5, m.resetReceives());
              copy.setBoolean(6, m.resetReceives());
              copy.setLong(7, m.fromSeq());
              copy.addBatch();
              delete.setLong(1, m.fromSeq());
              delete.addBatch();
            }
            copy.executeBatch();
            delete.executeBatch();
          }
          return null;
        });
  }

  /** Deletes a queue's messages sent up to and including {@code upToSeq}. */
  public CompletableFuture<Void> purge(long queueId, long upToSeq) {
    return db.write(
        c -> {
          try (PreparedStatement st = c.prepareStatement("DELETE FROM messages WHERE queue_id = ? AND seq <= ?")) {
            st.setLong(1, queueId);
            st.setLong(2, upToSeq);
            st.executeUpdate();
          }
          return null;
        });
  }

  /** The full rows of these messages, by seq; messages deleted meanwhile are absent. */
  public Map<Long, MessageRow> read(Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return Map.of();
    }
    String marks = "?" + ",?".repeat(seqs.size() - 1);
    return db.read(
        c -> {
          Map<Long, MessageRow> out = new HashMap<>();
          try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM messages WHERE seq IN (" + marks + ")")) {
            int i = 1;
            for (long seq : seqs) {
              st.setLong(i++, seq);
            }
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                MessageRow row = row(rs);
                out.put(row.seq(), row);
              }
            }
          }
          return out;
        });
  }

  private static MessageRow row(ResultSet rs) throws SQLException {
    return new MessageRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        AttributeCodec.decodeAttributes(rs.getString(5)),
        Optional.ofNullable(rs.getString(6)),
        rs.getString(7),
        Optional.ofNullable(rs.getString(8)),
        Optional.ofNullable(rs.getString(9)),
        Optional.ofNullable(rs.getString(10)),
        rs.getLong(11),
        rs.getLong(12),
        rs.getInt(13),
        rs.getLong(14));
  }

  public List<DedupRow> loadDeduplication(long nowMs) {
    return db.read(
        c -> {
          List<DedupRow> out = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement("SELECT queue_id, dedup_key, message_id, seq, expires_ms FROM dedup WHERE expires_ms > ?")) {
            st.setLong(1, nowMs);
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                out.add(new DedupRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
              }
            }
          }
          return out;
        });
  }

  public CompletableFuture<Void> expireDeduplication(long nowMs) {
    return db.write(
        c -> {
          try (PreparedStatement st = c.prepareStatement("DELETE FROM dedup WHERE expires_ms <= ?")) {
            st.setLong(1, nowMs);
            st.executeUpdate();
          }
          return null;
        });
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}
