package dev.cumulo.storage.store;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.ObjectHeaders;
import dev.cumulo.storage.model.ObjectInfo;
import dev.cumulo.storage.model.ObjectSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code objects} table. */
final class ObjectTable {
  private static final String COLUMNS =
      "key, blob, size, etag, modified_ms, headers, metadata, checksum_algorithm, checksum_value, checksum_type, parts";

  private ObjectTable() {}

  static Optional<StoredObject> find(Connection c, String bucket, String key) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT " + COLUMNS + " FROM objects WHERE bucket = ? AND key = ?")) {
      st.setString(1, bucket);
      st.setBytes(2, Keys.bytes(key));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(stored(bucket, rs)) : Optional.empty();
      }
    }
  }

  static void upsert(Connection c, StoredObject object) throws SQLException {
    ObjectInfo o = object.info();
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT OR REPLACE INTO objects(bucket, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, o.bucket());
      st.setBytes(2, Keys.bytes(o.key()));
      st.setString(3, object.blob());
      st.setLong(4, o.size());
      st.setString(5, o.eTag());
      st.setLong(6, o.lastModified().toEpochMilli());
      st.setString(7, Json.write(o.headers().values()));
      st.setString(8, Json.write(o.userMetadata()));
      setChecksum(st, 9, o.checksum());
      st.setInt(12, o.partsCount());
      st.executeUpdate();
    }
  }

  static void delete(Connection c, String bucket, String key) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM objects WHERE bucket = ? AND key = ?")) {
      st.setString(1, bucket);
      st.setBytes(2, Keys.bytes(key));
      st.executeUpdate();
    }
  }

  /** Up to {@code limit} objects with keys from {@code from} (inclusive) to {@code to} (exclusive), in key order. */
  static List<ObjectSummary> page(Connection c, String bucket, byte[] from, Optional<byte[]> to, int limit)
      throws SQLException {
    String sql =
        "SELECT key, size, etag, modified_ms, checksum_algorithm, checksum_value, checksum_type FROM objects"
            + " WHERE bucket = ? AND key >= ?" + (to.isPresent() ? " AND key < ?" : "") + " ORDER BY key LIMIT ?";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int i = 1;
      st.setString(i++, bucket);
      st.setBytes(i++, from);
      if (to.isPresent()) {
        st.setBytes(i++, to.get());
      }
      st.setInt(i, limit);
      List<ObjectSummary> page = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          page.add(
              new ObjectSummary(
                  Keys.text(rs.getBytes(1)),
                  rs.getLong(2),
                  rs.getString(3),
                  Instant.ofEpochMilli(rs.getLong(4)),
                  checksum(rs, 5)));
        }
      }
      return page;
    }
  }

  static boolean isEmpty(Connection c, String bucket) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM objects WHERE bucket = ? LIMIT 1")) {
      st.setString(1, bucket);
      try (ResultSet rs = st.executeQuery()) {
        return !rs.next();
      }
    }
  }

  static void addBlobs(Connection c, List<String> into) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT blob FROM objects UNION ALL SELECT blob FROM parts");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        into.add(rs.getString(1));
      }
    }
  }

  private static StoredObject stored(String bucket, ResultSet rs) throws SQLException {
    ObjectInfo info =
        new ObjectInfo(
            bucket,
            Keys.text(rs.getBytes(1)),
            rs.getLong(3),
            rs.getString(4),
            Instant.ofEpochMilli(rs.getLong(5)),
            new ObjectHeaders(Json.read(rs.getString(6))),
            Json.read(rs.getString(7)),
            checksum(rs, 8),
            rs.getInt(11));
    return new StoredObject(info, rs.getString(2));
  }

  static void setChecksum(PreparedStatement st, int first, Optional<Checksum> checksum) throws SQLException {
    if (checksum.isPresent()) {
      st.setString(first, checksum.get().algorithm().name());
      st.setString(first + 1, checksum.get().value());
      st.setString(first + 2, checksum.get().type().name());
    } else {
      st.setNull(first, Types.VARCHAR);
      st.setNull(first + 1, Types.VARCHAR);
      st.setNull(first + 2, Types.VARCHAR);
    }
  }

  static Optional<Checksum> checksum(ResultSet rs, int first) throws SQLException {
    String algorithm = rs.getString(first);
    if (algorithm == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Checksum(
            ChecksumAlgorithm.valueOf(algorithm), rs.getString(first + 1), Checksum.Type.valueOf(rs.getString(first + 2))));
  }
}
