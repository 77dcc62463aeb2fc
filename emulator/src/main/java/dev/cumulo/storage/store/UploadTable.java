package dev.cumulo.storage.store;

import dev.cumulo.storage.model.Checksum;
import dev.cumulo.storage.model.ChecksumAlgorithm;
import dev.cumulo.storage.model.MultipartUpload;
import dev.cumulo.storage.model.ObjectHeaders;
import dev.cumulo.storage.model.PartInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code uploads} and {@code parts} tables. */
final class UploadTable {
  private static final String UPLOAD_COLUMNS =
      "upload_id, bucket, key, initiated_ms, headers, metadata, checksum_algorithm, checksum_type";

  private UploadTable() {}

  static void insert(Connection c, MultipartUpload u) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("INSERT INTO uploads(" + UPLOAD_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, u.uploadId());
      st.setString(2, u.bucket());
      st.setBytes(3, Keys.bytes(u.key()));
      st.setLong(4, u.initiated().toEpochMilli());
      st.setString(5, Json.write(u.headers().values()));
      st.setString(6, Json.write(u.userMetadata()));
      if (u.checksumAlgorithm().isPresent()) {
        st.setString(7, u.checksumAlgorithm().get().name());
      } else {
        st.setNull(7, Types.VARCHAR);
      }
      st.setString(8, u.checksumType().name());
      st.executeUpdate();
    }
  }

  static Optional<MultipartUpload> find(Connection c, String uploadId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT " + UPLOAD_COLUMNS + " FROM uploads WHERE upload_id = ?")) {
      st.setString(1, uploadId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(upload(rs)) : Optional.empty();
      }
    }
  }

  /** The uploads of a bucket whose keys start with {@code prefix}, by key, then by initiation time. */
  static List<MultipartUpload> list(Connection c, String bucket, String prefix) throws SQLException {
    Optional<byte[]> to = Keys.pastPrefix(prefix);
    String sql =
        "SELECT " + UPLOAD_COLUMNS + " FROM uploads WHERE bucket = ? AND key >= ?"
            + (to.isPresent() ? " AND key < ?" : "") + " ORDER BY key, initiated_ms, upload_id";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, bucket);
      st.setBytes(2, Keys.bytes(prefix));
      if (to.isPresent()) {
        st.setBytes(3, to.get());
      }
      List<MultipartUpload> uploads = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          uploads.add(upload(rs));
        }
      }
      return uploads;
    }
  }

  /** Deletes an upload and its parts, returning the parts' blobs. */
  static List<String> delete(Connection c, String uploadId) throws SQLException {
    List<String> blobs = new ArrayList<>();
    for (StoredPart part : parts(c, uploadId, 0, Integer.MAX_VALUE)) {
      blobs.add(part.blob());
    }
    try (PreparedStatement st = c.prepareStatement("DELETE FROM parts WHERE upload_id = ?")) {
      st.setString(1, uploadId);
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement("DELETE FROM uploads WHERE upload_id = ?")) {
      st.setString(1, uploadId);
      st.executeUpdate();
    }
    return blobs;
  }

  static List<String> uploadIds(Connection c, String bucket) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT upload_id FROM uploads WHERE bucket = ?")) {
      st.setString(1, bucket);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  /** Stores a part, returning the blob of the part it replaced. */
  static Optional<String> putPart(Connection c, String uploadId, StoredPart part) throws SQLException {
    Optional<String> replaced = Optional.empty();
    try (PreparedStatement st =
        c.prepareStatement("SELECT blob FROM parts WHERE upload_id = ? AND part_number = ?")) {
      st.setString(1, uploadId);
      st.setInt(2, part.info().partNumber());
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          replaced = Optional.of(rs.getString(1));
        }
      }
    }
    PartInfo p = part.info();
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT OR REPLACE INTO parts(upload_id, part_number, blob, size, etag, modified_ms, checksum_algorithm,"
                + " checksum_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, uploadId);
      st.setInt(2, p.partNumber());
      st.setString(3, part.blob());
      st.setLong(4, p.size());
      st.setString(5, p.eTag());
      st.setLong(6, p.lastModified().toEpochMilli());
      st.setString(7, p.checksum().map(ch -> ch.algorithm().name()).orElse(null));
      st.setString(8, p.checksum().map(Checksum::value).orElse(null));
      st.executeUpdate();
    }
    return replaced;
  }

  /** Up to {@code limit} parts numbered above {@code after}, in order. */
  static List<StoredPart> parts(Connection c, String uploadId, int after, int limit) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT part_number, blob, size, etag, modified_ms, checksum_algorithm, checksum_value FROM parts"
                + " WHERE upload_id = ? AND part_number > ? ORDER BY part_number LIMIT ?")) {
      st.setString(1, uploadId);
      st.setInt(2, after);
      st.setInt(3, limit);
      List<StoredPart> parts = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Optional<Checksum> checksum =
              rs.getString(6) == null
                  ? Optional.empty()
                  : Optional.of(
                      new Checksum(
                          ChecksumAlgorithm.valueOf(rs.getString(6)), rs.getString(7), Checksum.Type.FULL_OBJECT));
          PartInfo info =
              new PartInfo(
                  rs.getInt(1), rs.getLong(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), checksum);
          parts.add(new StoredPart(info, rs.getString(2)));
        }
      }
      return parts;
    }
  }

  private static MultipartUpload upload(ResultSet rs) throws SQLException {
    String algorithm = rs.getString(7);
    return new MultipartUpload(
        rs.getString(1),
        rs.getString(2),
        Keys.text(rs.getBytes(3)),
        Instant.ofEpochMilli(rs.getLong(4)),
        new ObjectHeaders(Json.read(rs.getString(5))),
        Json.read(rs.getString(6)),
        algorithm == null ? Optional.empty() : Optional.of(ChecksumAlgorithm.valueOf(algorithm)),
        Checksum.Type.valueOf(rs.getString(8)));
  }
}
