package dev.cumulo.storage.store;

import java.util.List;

/**
 * The tables of {@code s3.db}. Keys are stored as UTF-8 BLOBs so that SQLite orders them byte by byte, as S3 lists
 * them, and so that any key, NUL included, round-trips exactly.
 */
final class S3Schema {
  private S3Schema() {}

  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE buckets(
            name TEXT PRIMARY KEY,
            region TEXT NOT NULL,
            created_ms INTEGER NOT NULL
          );
          CREATE TABLE bucket_settings(
            bucket TEXT NOT NULL REFERENCES buckets(name) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY(bucket, name)
          ) WITHOUT ROWID;
          CREATE TABLE objects(
            bucket TEXT NOT NULL REFERENCES buckets(name),
            key BLOB NOT NULL,
            blob TEXT NOT NULL,
            size INTEGER NOT NULL,
            etag TEXT NOT NULL,
            modified_ms INTEGER NOT NULL,
            headers TEXT NOT NULL,
            metadata TEXT NOT NULL,
            checksum_algorithm TEXT,
            checksum_value TEXT,
            checksum_type TEXT,
            parts INTEGER NOT NULL,
            PRIMARY KEY(bucket, key)
          ) WITHOUT ROWID;
          CREATE TABLE uploads(
            upload_id TEXT PRIMARY KEY,
            bucket TEXT NOT NULL REFERENCES buckets(name),
            key BLOB NOT NULL,
            initiated_ms INTEGER NOT NULL,
            headers TEXT NOT NULL,
            metadata TEXT NOT NULL,
            checksum_algorithm TEXT,
            checksum_type TEXT NOT NULL
          );
          CREATE INDEX uploads_by_key ON uploads(bucket, key, initiated_ms);
          CREATE TABLE parts(
            upload_id TEXT NOT NULL REFERENCES uploads(upload_id) ON DELETE CASCADE,
            part_number INTEGER NOT NULL,
            blob TEXT NOT NULL,
            size INTEGER NOT NULL,
            etag TEXT NOT NULL,
            modified_ms INTEGER NOT NULL,
            checksum_algorithm TEXT,
            checksum_value TEXT,
            PRIMARY KEY(upload_id, part_number)
          ) WITHOUT ROWID;
          """);
}
