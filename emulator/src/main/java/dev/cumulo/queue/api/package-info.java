/**
 * The SQS API over HTTP, both protocols real clients speak: AWS JSON 1.0 ({@code X-Amz-Target: AmazonSQS.*}, what
 * current SDKs and the CLI use) and the older query protocol ({@code Action=...}, XML responses). HTTP mapping only:
 * {@link dev.cumulo.queue.api.SqsRoute} claims requests on the edge port, a {@code Wire} reads parameters into the
 * shared request records and renders results and errors, and one handler per action group calls the service.
 *
 * <p>Handlers run on the edge's worker threads and return once the service has committed the change. A long-polling
 * ReceiveMessage returns a future instead; the exchange is answered when it completes, on a queue-service thread, so
 * no worker waits. A client that disconnects meanwhile is noticed before any message is taken for it.
 */
package dev.cumulo.queue.api;
