/**
 * The semantics of SQS: queues and their settings, sending (validation, delays, FIFO groups and deduplication),
 * receiving (visibility timeouts, receipt handles, long polling, dead-letter moves), retention, purge and redrive.
 *
 * <p>Each queue keeps an in-memory index of its messages (no bodies) guarded by the queue's own lock; the database is
 * the record. A change is made in the index and its write queued under the lock, so writes follow the index's order;
 * operations return futures that complete once the write commits, on the database writer thread (continuations must
 * not block there). New and moved messages join the index when their insert commits, on that same thread. Recently
 * sent rows stay cached (64 MiB in all), so receiving them reads nothing back.
 *
 * <p>The timer thread ("cumulo-sqs-timer") ends long polls, wakes them when messages become visible, steps move tasks
 * and ticks each queue once a second (retention, visibility, deduplication window, change events); long polls complete
 * on "cumulo-sqs-poll"; change listeners run on "cumulo-sqs-events".
 */
package dev.cumulo.queue.service;
