package dev.cumulo.queue.store;

import java.util.List;

/**
 * The migrations of {@code sqs.db}, oldest first; each runs once, in order, at open. Messages have no index besides
 * their sequence number (the rowid): every extra index is written on every send and delete, while the only queries by
 * queue (loading at start, purge, queue deletion) are rare enough to scan.
 */
final class SqsSchema {
  private SqsSchema() {}

  static final List<String> MIGRATIONS =
      List.of(
          """
          CREATE TABLE queues (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            attributes TEXT NOT NULL,
            tags TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            modified_ms INTEGER NOT NULL);
          CREATE TABLE messages (
            seq INTEGER PRIMARY KEY,
            queue_id INTEGER NOT NULL,
            message_id TEXT NOT NULL,
            body TEXT NOT NULL,
            attributes TEXT,
            trace_header TEXT,
            sender_id TEXT NOT NULL,
            group_id TEXT,
            dedup_id TEXT,
            dlq_source_arn TEXT,
            sent_ms INTEGER NOT NULL,
            visible_ms INTEGER NOT NULL,
            receive_count INTEGER NOT NULL,
            first_receive_ms INTEGER NOT NULL);
          CREATE TABLE dedup (
            queue_id INTEGER NOT NULL,
            dedup_key TEXT NOT NULL,
            message_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            expires_ms INTEGER NOT NULL,
            PRIMARY KEY (queue_id, dedup_key)) WITHOUT ROWID;
          """);
}
