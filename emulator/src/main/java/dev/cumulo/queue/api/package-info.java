/**
 * The SQS API over HTTP, both protocols real clients speak: AWS JSON 1.0 ({@code X-Amz-Target: AmazonSQS.*}, what
 * current SDKs and the CLI use) and the older query protocol ({@code Action=...}, XML responses). HTTP mapping only:
 * {@link dev.cumulo.queue.api.SqsRoute} claims requests on the edge port, a {@code Wire} reads parameters into the
 * shared request records and renders results and errors, and one handler per action group calls the service.
 *
 * <p>Handlers run on the edge's worker threads, validate, make the change and return a future instead of waiting: the
 * exchange is answered when the change's commit completes (on the database writer thread), or, for a long-polling
 * ReceiveMessage, when messages arrive (on a queue-service thread), so no worker is parked on a commit or a poll. A
 * client that disconnects during a long poll ends it at once, before any message is taken for it.
 */
package dev.cumulo.queue.api;
