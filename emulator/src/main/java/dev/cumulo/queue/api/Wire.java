package dev.cumulo.queue.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cumulo.http.HttpRequest;
import dev.cumulo.http.HttpResponse;
import dev.cumulo.queue.model.SqsException;

/**
 * One of the two protocols SQS speaks: reads a request into the action name and a JSON tree of its parameters (the
 * same tree for both), and renders results and errors in the protocol's exact shape.
 */
sealed interface Wire permits JsonWire, QueryWire {

  String action(HttpRequest request);

  ObjectNode input(HttpRequest request);

  /** {@code result} is the action's result record, or null for actions that return nothing. */
  HttpResponse success(String action, Object result, String requestId);

  HttpResponse error(SqsException error, String requestId);
}
