/**
 * The queue inspector: queues with live counts, messages peeked without being received, send, purge and redrive from
 * a dead-letter queue, through the queue service's in-process API on a background thread.
 */
package dev.cumulo.ui.queues;
