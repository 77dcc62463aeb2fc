package dev.cumulo.queue.api;

import dev.cumulo.edge.SigningScope;
import dev.cumulo.http.Exchange;
import dev.cumulo.http.HttpHandler;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.service.Ids;
import dev.cumulo.queue.service.PollingClient;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves one SQS request: picks the protocol, binds the parameters, runs the action and answers in the same protocol,
 * now or (for a long poll) when the action's future completes.
 */
final class SqsHttpHandler implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(SqsHttpHandler.class.getName());
  private static final JsonWire JSON = new JsonWire();
  private static final QueryWire QUERY = new QueryWire();

  private final SqsActions actions;
  private final String accountId;

  SqsHttpHandler(SqsActions actions, String accountId) {
    this.actions = actions;
    this.accountId = accountId;
  }

  @Override
  public void handle(HttpRequest request, Exchange exchange) {
    Wire wire = request.headers().contains("X-Amz-Target") ? JSON : QUERY;
    String requestId = Ids.uuid();
    try {
      String action = wire.action(request);
      String sender = SigningScope.of(request).map(SigningScope::accessKey).orElse(accountId);
      CallContext ctx = new CallContext(requestId, sender, request.header("X-Amzn-Trace-Id"), client(exchange));
      actions
          .invoke(action, request, wire, ctx)
          .whenComplete(
              (result, failure) ->
                  exchange.respond(failure == null ? wire.success(action, result, requestId) : error(wire, failure, requestId)));
    } catch (RuntimeException e) {
      exchange.respond(error(wire, e, requestId));
    } finally {
      request.body().release();
    }
  }

  private static PollingClient client(Exchange exchange) {
    return new PollingClient() {
      @Override
      public boolean waiting() {
        return exchange.isOpen();
      }

      @Override
      public void onGone(Runnable action) {
        exchange.onAbandoned(action);
      }
    };
  }

  private static HttpResponse error(Wire wire, Throwable failure, String requestId) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof SqsException sqs) {
      return wire.error(sqs, requestId);
    }
    LOG.log(Level.WARNING, "SQS request " + requestId + " failed", cause);
    return wire.error(SqsError.INTERNAL_ERROR.exception("We encountered an internal error. Please try again."), requestId);
  }
}
