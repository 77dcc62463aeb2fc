package dev.cumulo.storage.service;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who asked for a change and under which ids, for the events it causes.
 *
 * @param traceId the {@code X-Amzn-Trace-Id} header of the request, if it had one
 */
public record RequestContext(String requestId, String hostId, String sourceIp, Optional<String> traceId) {

  /** A context with fresh S3-style ids. */
  public static RequestContext fresh(String sourceIp, Optional<String> traceId) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String requestId = HexFormat.of().withUpperCase().toHexDigits(random.nextLong());
    byte[] host = new byte[48];
    random.nextBytes(host);
    return new RequestContext(requestId, java.util.Base64.getEncoder().encodeToString(host), sourceIp, traceId);
  }

  /** For changes made inside Cumulo (the desktop browser, project setup). */
  public static RequestContext internal() {
    return fresh("127.0.0.1", Optional.empty());
  }
}
