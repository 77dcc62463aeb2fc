package dev.cumulo.queue.service;

import dev.cumulo.queue.store.MessageRow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps recently sent messages' rows in memory, up to a byte budget shared by all queues, so that receiving them needs
 * no database read. A message beyond the budget (or restored at start, or moved) is read from the database instead.
 */
final class BodyCache {
  private final long budgetBytes;
  private final AtomicLong usedBytes = new AtomicLong();

  BodyCache(long budgetBytes) {
    this.budgetBytes = budgetBytes;
  }

  /** Attaches the row to its index entry if it fits the budget. */
  void keep(IndexEntry entry, MessageRow row) {
    long size = 2L * row.body().length() + 64L * row.attributes().size() + 256;
    if (usedBytes.addAndGet(size) > budgetBytes) {
      usedBytes.addAndGet(-size);
      return;
    }
    entry.cachedRow = row;
    entry.cachedBytes = size;
  }

  void drop(IndexEntry entry) {
    if (entry.cachedRow != null) {
      usedBytes.addAndGet(-entry.cachedBytes);
      entry.cachedRow = null;
    }
  }
}
