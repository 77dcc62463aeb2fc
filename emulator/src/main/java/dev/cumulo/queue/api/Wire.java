package dev.cumulo.queue.api;

import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.queue.model.SqsException;

/**
 * One of the two protocols SQS speaks: reads the action name and binds the parameters to the action's request record
 * (the same records for both), and renders results and errors in the protocol's exact shape.
 */
sealed interface Wire permits JsonWire, QueryWire {

  String action(HttpRequest request);

  <R> R bind(HttpRequest request, Class<R> type);

  /** {@code result} is the action's result record, or null for actions that return nothing. */
  HttpResponse success(String action, Object result, String requestId);

  HttpResponse error(SqsException error, String requestId);
}
