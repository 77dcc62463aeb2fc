/**
 * Persistence of the queue service in its own SQLite file, {@code <dataDir>/sqs/sqs.db}: queues, messages and FIFO
 * deduplication records.
 *
 * <p>Writes go through the file's group-committing {@link dev.cumulo.store.Database} writer: callers on any thread
 * queue work and get a future that completes after the commit (synced to disk under the SYNCED durability), so many
 * concurrent sends, receives and deletes share one transaction and one sync. Reads run on the caller's thread on pooled
 * read connections. Writes are applied in the order they were queued, which the service relies on: it queues each
 * message's writes in the order it changes that message in memory.
 */
package dev.cumulo.queue.store;
