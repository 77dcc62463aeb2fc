package dev.cumulo.queue.service;

import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.store.DedupRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A FIFO queue's deduplication window: for five minutes after a message is accepted, another with the same
 * deduplication id (explicit, or the SHA-256 of the body with ContentBasedDeduplication) is accepted but not delivered.
 * Guarded by the owning queue's lock.
 */
final class Deduplication {
  static final long WINDOW_MS = 5 * 60 * 1000L;

  private final Map<String, DedupRow> byKey = new HashMap<>();

  /** The message's deduplication id: the one it was sent with, or the SHA-256 of its body. */
  static String id(OutgoingMessage m) {
    return m.deduplicationId().orElseGet(() -> sha256(m.body()));
  }

  /** The key a message deduplicates on: its id, scoped to its group when the queue deduplicates per group. */
  static String key(OutgoingMessage m, String deduplicationId, QueueSettings settings) {
    return settings.deduplicationPerGroup() ? m.groupId().orElse("") + "\u0000" + deduplicationId : deduplicationId;
  }

  Optional<DedupRow> find(String key, long nowMs) {
    DedupRow row = byKey.get(key);
    return row != null && row.expiresMs() > nowMs ? Optional.of(row) : Optional.empty();
  }

  void remember(DedupRow row) {
    byKey.put(row.key(), row);
  }

  void forget(String key) {
    byKey.remove(key);
  }

  void expire(long nowMs) {
    byKey.values().removeIf(row -> row.expiresMs() <= nowMs);
  }

  private static String sha256(String body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
