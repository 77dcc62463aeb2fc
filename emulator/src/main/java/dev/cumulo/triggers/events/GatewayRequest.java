package dev.cumulo.triggers.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One HTTP request as API Gateway hands it to a Lambda integration: what the client sent (headers in the order and
 * case sent, path and query still percent-encoded) and what the gateway adds (its request id, the time it received
 * the request, the trace header it passes on).
 *
 * @param requestId the id API Gateway gives the request ({@code requestContext.requestId}): a UUID for REST APIs, a
 *     short id such as {@code JKJaXmPLvHcESHA=} for HTTP APIs
 * @param extendedRequestId the short id; for HTTP APIs the same as {@code requestId}
 */
public record GatewayRequest(
    String method,
    String rawPath,
    String rawQuery,
    List<Header> headers,
    byte[] body,
    String sourceIp,
    int port,
    String protocol,
    Instant time,
    String requestId,
    String extendedRequestId,
    String traceHeader) {

  /** One header line as sent. */
  public record Header(String name, String value) {}

  public GatewayRequest {
    headers = List.copyOf(headers);
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
  }

  /**
   * The headers the integration receives: the client's, with the forwarding headers API Gateway sets
   * (X-Forwarded-For gets the source address appended, X-Forwarded-Port and -Proto describe the listener) and its
   * X-Amzn-Trace-Id.
   */
  public List<Header> forwardedHeaders() {
    List<Header> out = new ArrayList<>();
    String forwardedFor = sourceIp;
    for (Header h : headers) {
      String lower = h.name().toLowerCase();
      switch (lower) {
        case "x-forwarded-for" -> forwardedFor = h.value() + ", " + sourceIp;
        case "x-forwarded-port", "x-forwarded-proto", "x-amzn-trace-id" -> { }
        default -> out.add(h);
      }
    }
    out.add(new Header("X-Amzn-Trace-Id", traceHeader));
    out.add(new Header("X-Forwarded-For", forwardedFor));
    out.add(new Header("X-Forwarded-Port", String.valueOf(port)));
    out.add(new Header("X-Forwarded-Proto", "http"));
    return out;
  }

  public String userAgent() {
    return header("User-Agent").orElse("");
  }

  /** The Host header without its port, as the gateway's domain name. */
  public String domainName() {
    String host = header("Host").orElse("localhost");
    int colon = host.lastIndexOf(':');
    return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
  }
}
