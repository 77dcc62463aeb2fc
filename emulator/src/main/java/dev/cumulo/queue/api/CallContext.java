package dev.cumulo.queue.api;

import dev.cumulo.queue.service.PollingClient;
import java.util.Optional;

/**
 * What a handler knows about the request besides its parameters: its id (x-amzn-RequestId), the sender (the SigV4
 * access key, else the account), the {@code X-Amzn-Trace-Id} header, and whether the client still waits for an answer.
 */
record CallContext(String requestId, String senderId, Optional<String> traceHeader, PollingClient client) {}
