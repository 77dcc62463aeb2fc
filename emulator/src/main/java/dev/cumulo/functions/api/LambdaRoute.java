package dev.cumulo.functions.api;

import dev.cumulo.edge.ServiceRoute;
import dev.cumulo.edge.SigningScope;
import dev.cumulo.functions.service.FunctionService;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Claims Lambda API requests on the edge port and sends each to its operation's handler. */
public final class LambdaRoute implements ServiceRoute {
  private static final Pattern FUNCTION_PATH = Pattern.compile("^/2015-03-31/functions/([^/]+)(/invocations|/configuration)?/?$");

  private final InvokeHandler invoke;
  private final FunctionReadHandler read;

  public LambdaRoute(FunctionService functions, String region, String accountId) {
    this.invoke = new InvokeHandler(functions, region, accountId);
    this.read = new FunctionReadHandler(functions, region, accountId);
  }

  @Override
  public String name() {
    return "lambda";
  }

  @Override
  public boolean claims(HttpRequest request, Optional<SigningScope> scope) {
    return request.rawPath().startsWith("/2015-03-31/functions")
        || scope.map(s -> s.service().equals("lambda")).orElse(false);
  }

  @Override
  public HttpHandler handler() {
    return this::route;
  }

  private void route(HttpRequest request, Exchange exchange) {
    String path = request.rawPath();
    if (request.method().equals("GET") && (path.equals("/2015-03-31/functions") || path.equals("/2015-03-31/functions/"))) {
      read.list(request, exchange);
      return;
    }
    Matcher m = FUNCTION_PATH.matcher(path);
    if (m.matches()) {
      String name = dev.cumulo.http.UrlCodec.decodePath(m.group(1));
      String operation = m.group(2) == null ? "" : m.group(2);
      if (request.method().equals("POST") && operation.equals("/invocations")) {
        invoke.handle(name, request, exchange);
        return;
      }
      if (request.method().equals("GET") && operation.isEmpty()) {
        read.get(name, request, exchange, false);
        return;
      }
      if (request.method().equals("GET") && operation.equals("/configuration")) {
        read.get(name, request, exchange, true);
        return;
      }
    }
    exchange.respond(LambdaError.UNKNOWN_OPERATION.response(
        "Cumulo serves Invoke, ListFunctions, GetFunction and GetFunctionConfiguration; functions come from the project's template"));
  }
}
