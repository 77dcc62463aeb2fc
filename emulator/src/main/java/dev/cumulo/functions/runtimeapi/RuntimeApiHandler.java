package dev.cumulo.functions.runtimeapi;

import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;

/** Routes one instance's Runtime API requests to its target. */
public final class RuntimeApiHandler implements HttpHandler {
  private static final String PREFIX = "/2018-06-01/runtime/";
  private final RuntimeApiTarget target;

  public RuntimeApiHandler(RuntimeApiTarget target) {
    this.target = target;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) {
    String path = request.rawPath();
    if (!path.startsWith(PREFIX)) {
      exchange.respond(RuntimeApiResponses.notFound());
      return;
    }
    String rest = path.substring(PREFIX.length());
    String method = request.method();
    if (method.equals("GET") && rest.equals("invocation/next")) {
      target.next(exchange);
    } else if (method.equals("POST") && rest.equals("init/error")) {
      target.initError(errorType(request), body(request), exchange);
    } else if (method.equals("POST") && rest.startsWith("invocation/") && rest.endsWith("/response")) {
      target.response(requestId(rest, "/response"), body(request), exchange);
    } else if (method.equals("POST") && rest.startsWith("invocation/") && rest.endsWith("/error")) {
      target.error(requestId(rest, "/error"), errorType(request), body(request), exchange);
    } else {
      exchange.respond(RuntimeApiResponses.notFound());
    }
  }

  private static String requestId(String rest, String suffix) {
    return rest.substring("invocation/".length(), rest.length() - suffix.length());
  }

  private static String errorType(HttpRequest request) {
    return request.header("Lambda-Runtime-Function-Error-Type").orElse("");
  }

  private static byte[] body(HttpRequest request) {
    byte[] bytes = request.body().bytes();
    request.body().release();
    return bytes;
  }
}
