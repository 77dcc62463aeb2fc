package dev.cumulo.storage.store;

import dev.cumulo.storage.model.BucketInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code buckets} and {@code bucket_settings} tables. */
final class BucketTable {
  private BucketTable() {}

  static boolean insert(Connection c, BucketInfo bucket) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("INSERT OR IGNORE INTO buckets(name, region, created_ms) VALUES (?, ?, ?)")) {
      st.setString(1, bucket.name());
      st.setString(2, bucket.region());
      st.setLong(3, bucket.created().toEpochMilli());
      return st.executeUpdate() == 1;
    }
  }

  static Optional<BucketInfo> find(Connection c, String name) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT name, created_ms, region FROM buckets WHERE name = ?")) {
      st.setString(1, name);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(bucket(rs)) : Optional.empty();
      }
    }
  }

  static List<BucketInfo> list(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT name, created_ms, region FROM buckets ORDER BY name");
        ResultSet rs = st.executeQuery()) {
      List<BucketInfo> buckets = new ArrayList<>();
      while (rs.next()) {
        buckets.add(bucket(rs));
      }
      return buckets;
    }
  }

  static void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM buckets WHERE name = ?")) {
      st.setString(1, name);
      st.executeUpdate();
    }
  }

  static Optional<String> setting(Connection c, String bucket, String name) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT value FROM bucket_settings WHERE bucket = ? AND name = ?")) {
      st.setString(1, bucket);
      st.setString(2, name);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void putSetting(Connection c, String bucket, String name, String value) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("INSERT OR REPLACE INTO bucket_settings(bucket, name, value) VALUES (?, ?, ?)")) {
      st.setString(1, bucket);
      st.setString(2, name);
      st.setString(3, value);
      st.executeUpdate();
    }
  }

  static void deleteSetting(Connection c, String bucket, String name) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("DELETE FROM bucket_settings WHERE bucket = ? AND name = ?")) {
      st.setString(1, bucket);
      st.setString(2, name);
      st.executeUpdate();
    }
  }

  private static BucketInfo bucket(ResultSet rs) throws SQLException {
    return new BucketInfo(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3));
  }
}
