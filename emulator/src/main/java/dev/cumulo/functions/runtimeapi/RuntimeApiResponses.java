package dev.cumulo.functions.runtimeapi;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The Runtime API's own answers, as real Lambda renders them. */
public final class RuntimeApiResponses {
  /** Lambda's limit on a response: 6 MiB plus 100 bytes. */
  public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

  private RuntimeApiResponses() {}

  /** The answer to {@code /next}: the event, with the headers Lambda sends beside it. */
  public static HttpResponse event(InvocationRequest request, long deadlineMs, String functionArn) {
    HttpResponse event = HttpResponse.status(200)
        .header("Content-Type", "application/json")
        .header("Lambda-Runtime-Aws-Request-Id", request.requestId())
        .header("Lambda-Runtime-Deadline-Ms", deadlineMs)
        .header("Lambda-Runtime-Invoked-Function-Arn", functionArn)
        .header("Lambda-Runtime-Trace-Id", request.traceId())
        .body(request.payload());
    request.clientContext().ifPresent(c -> event.header("Lambda-Runtime-Client-Context", decodeBase64(c)));
    request.cognitoIdentity().ifPresent(c -> event.header("Lambda-Runtime-Cognito-Identity", c));
    return event;
  }

  /** The client context as the SDK sent it is base64; the runtime gets its JSON. */
  private static String decodeBase64(String value) {
    try {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  public static HttpResponse accepted() {
    return HttpResponse.json(202, "{\"status\":\"OK\"}");
  }

  public static HttpResponse invalidRequestId() {
    return error(400, "InvalidRequestID", "Invalid request ID");
  }

  public static HttpResponse tooLarge() {
    return error(413, "RequestEntityTooLarge", "Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES + " bytes).");
  }

  public static HttpResponse invalidState(String from, String to) {
    return error(403, "InvalidStateTransition",
        "State transition from " + from + " to " + to + " failed for runtime. Error: State transition is not allowed");
  }

  public static HttpResponse notFound() {
    return error(404, "NotFound", "Not Found");
  }

  private static HttpResponse error(int status, String type, String message) {
    return HttpResponse.json(status, "{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\"}");
  }
}
