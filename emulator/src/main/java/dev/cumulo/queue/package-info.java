/**
 * The SQS-compatible queue service. {@link dev.cumulo.queue.QueueService} is its front door: the emulator starts it,
 * registers its edge route and closes it; other parts of the emulator (event source mappings, the queue inspector) use
 * its in-process API. Sub-packages: {@code api} (HTTP mapping), {@code service} (semantics), {@code store} (SQLite
 * persistence), {@code model} (records and the error codes).
 */
package dev.cumulo.queue;
