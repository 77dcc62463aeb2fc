package dev.cumulo.functions.runtimeapi;

import dev.cumulo.http.HttpResponse;

/** The Runtime API's own answers, as real Lambda renders them. */
public final class RuntimeApiResponses {
  /** Lambda's limit on a response: 6 MiB plus 100 bytes. */
  public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

  private RuntimeApiResponses() {}

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
