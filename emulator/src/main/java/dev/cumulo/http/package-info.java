/**
 * A small asynchronous HTTP/1.1 server on Netty that every Cumulo listener uses: the edge port, the HTTP API port and
 * each function instance's Runtime API endpoint.
 *
 * <p>Netty's event-loop threads parse requests and collect bodies (spilling large ones to a temporary file); each
 * complete {@link dev.cumulo.http.HttpRequest} is handed to the server's handler on the executor the server was given.
 * A handler answers through its {@link dev.cumulo.http.Exchange}, from any thread and at any later time, which is how
 * long polls (SQS receive, the Runtime API's {@code /next}) hold a request without holding a thread. A connection reads
 * its next request only after the current one is answered, so responses never overtake each other.
 */
package dev.cumulo.http;
