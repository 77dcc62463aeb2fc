package dev.cumulo.queue.store;

/** A FIFO deduplication record: within its window, a repeated key answers with the first message's id and sequence. */
public record DedupRow(long queueId, String key, String messageId, long seq, long expiresMs) {}
