package dev.cumulo.functions.runtimeapi;

import dev.cumulo.http.Exchange;

/** The instance behind a Runtime API endpoint. Each method answers the exchange, now or later. */
public interface RuntimeApiTarget {

  /** {@code GET /runtime/invocation/next}: answered with the next event when there is one. */
  void next(Exchange exchange);

  /** {@code POST /runtime/invocation/{id}/response}. */
  void response(String requestId, byte[] body, Exchange exchange);

  /** {@code POST /runtime/invocation/{id}/error}; {@code errorType} from Lambda-Runtime-Function-Error-Type. */
  void error(String requestId, String errorType, byte[] body, Exchange exchange);

  /** {@code POST /runtime/init/error}. */
  void initError(String errorType, byte[] body, Exchange exchange);
}
