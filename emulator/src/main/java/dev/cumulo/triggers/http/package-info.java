/**
 * The local API Gateway: a listener of its own (port 3000 unless configured) that routes requests to the project's
 * {@code Api} (REST, payload 1.0) and {@code HttpApi} (payload 2.0 or 1.0) routes as API Gateway picks them, builds the
 * proxy event, invokes the function synchronously and maps its answer (or failure) to the response API Gateway would
 * send.
 *
 * <p>Threads: requests are handled on the emulator's worker pool; the response is sent from whichever thread
 * completes the invocation or, when the integration timeout passes first, from the emulator's timer. Only the first
 * response to a request counts.
 */
package dev.cumulo.triggers.http;
