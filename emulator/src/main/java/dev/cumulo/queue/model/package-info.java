/**
 * The queue service's data: domain records shared by the service, its store, the HTTP mapping and in-process callers
 * (the queue inspector, the SQS event source mapping), and {@link dev.cumulo.queue.model.SqsError}, the one list of
 * SQS error codes. {@code wire} holds the request and response shapes of the SQS API with their AWS member names.
 * Records here are immutable and safe to share between threads.
 */
package dev.cumulo.queue.model;
