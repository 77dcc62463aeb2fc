package dev.cumulo.http;

/** Answers one request. It may answer later, from another thread, through the exchange. */
@FunctionalInterface
public interface HttpHandler {
  void handle(HttpRequest request, Exchange exchange) throws Exception;
}
