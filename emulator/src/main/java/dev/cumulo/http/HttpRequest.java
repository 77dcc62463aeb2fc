package dev.cumulo.http;

import io.netty.handler.codec.http.HttpHeaders;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * One complete request. {@code rawPath} and {@code rawQuery} are exactly as sent (still percent-encoded), because
 * signature checks and S3 keys need the bytes the client wrote.
 */
public record HttpRequest(
    String method,
    String rawPath,
    String rawQuery,
    HttpHeaders headers,
    Body body,
    InetSocketAddress remote,
    int localPort) {

  public String path() {
    return UrlCodec.decodePath(rawPath);
  }

  public QueryString query() {
    return QueryString.parse(rawQuery);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  public String uri() {
    return rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
  }
}
