package dev.cumulo.triggers.http;

/**
 * The two kinds of API Gateway API a route can belong to. They differ in their stage, their event format and the
 * errors they answer with.
 */
public enum ApiKind {
  /** {@code Type: Api}: a REST API with Lambda proxy integration, payload format 1.0, SAM's implicit stage Prod. */
  REST("Prod", GatewayError.REST_FUNCTION_FAILED, GatewayError.REST_LAMBDA_REJECTED, GatewayError.REST_LAMBDA_REJECTED,
      GatewayError.REST_TIMED_OUT),
  /** {@code Type: HttpApi}: an HTTP API, payload format 2.0 or 1.0, stage $default. */
  HTTP("$default", GatewayError.HTTP_FUNCTION_FAILED, GatewayError.HTTP_FUNCTION_FAILED, GatewayError.HTTP_THROTTLED,
      GatewayError.HTTP_TIMED_OUT);

  private final String stage;
  private final GatewayError functionFailed;
  private final GatewayError lambdaRejected;
  private final GatewayError throttled;
  private final GatewayError timedOut;

  ApiKind(String stage, GatewayError functionFailed, GatewayError lambdaRejected, GatewayError throttled,
      GatewayError timedOut) {
    this.stage = stage;
    this.functionFailed = functionFailed;
    this.lambdaRejected = lambdaRejected;
    this.throttled = throttled;
    this.timedOut = timedOut;
  }

  public String stage() {
    return stage;
  }

  /** The function failed, timed out, or answered in a form the gateway cannot map. */
  GatewayError functionFailed() {
    return functionFailed;
  }

  /** Lambda refused the invocation (the function cannot run). */
  GatewayError lambdaRejected() {
    return lambdaRejected;
  }

  /** Lambda throttled the invocation: the function is at its concurrency limit. */
  GatewayError throttled() {
    return throttled;
  }

  /** The integration did not answer within the integration timeout. */
  GatewayError timedOut() {
    return timedOut;
  }
}
