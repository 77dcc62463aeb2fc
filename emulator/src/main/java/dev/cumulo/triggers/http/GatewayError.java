package dev.cumulo.triggers.http;

import dev.cumulo.http.HttpResponse;
import dev.cumulo.json.Json;

/**
 * The responses API Gateway itself gives, with their status and message. REST APIs and HTTP APIs word some of them
 * differently ({@code Internal server error} and {@code Internal Server Error}).
 */
public enum GatewayError {
  /** HTTP API: no route matches and there is no {@code $default} route. */
  NOT_FOUND(404, "Not Found"),
  /** REST API: no resource and method match the request. */
  MISSING_AUTHENTICATION_TOKEN(403, "Missing Authentication Token"),
  /** HTTP API: the function failed or its response could not be mapped. */
  HTTP_FUNCTION_FAILED(500, "Internal Server Error"),
  /** HTTP API: the function was throttled. */
  HTTP_THROTTLED(429, "Too Many Requests"),
  /** HTTP API: the integration ran past its timeout (30 seconds unless the route sets TimeoutInMillis). */
  HTTP_TIMED_OUT(503, "Service Unavailable"),
  /** REST API: the function failed or returned a malformed Lambda proxy response. */
  REST_FUNCTION_FAILED(502, "Internal server error"),
  /** REST API: Lambda rejected the invocation request (throttled, or the function cannot run). */
  REST_LAMBDA_REJECTED(500, "Internal server error"),
  /** REST API: the integration ran past its timeout (29 seconds unless the route sets TimeoutInMillis). */
  REST_TIMED_OUT(504, "Endpoint request timed out"),
  /** The request's event is larger than Lambda accepts for a synchronous invocation. */
  REQUEST_TOO_LARGE(413, "Request Entity Too Large");

  private final int status;
  private final String message;

  GatewayError(int status, String message) {
    this.status = status;
    this.message = message;
  }

  public int status() {
    return status;
  }

  public String message() {
    return message;
  }

  /** A fresh response: {@code {"message":"..."}} as application/json. */
  public HttpResponse response() {
    return HttpResponse.json(status, Json.write(Json.object().put("message", message)));
  }
}
