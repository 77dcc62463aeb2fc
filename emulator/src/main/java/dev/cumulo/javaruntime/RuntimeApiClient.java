package dev.cumulo.javaruntime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The runtime's side of the Lambda Runtime API (version 2018-06-01): fetch the next invocation, post its response or
 * error, report an init error. Nothing else is ever sent.
 */
final class RuntimeApiClient implements AutoCloseable {
  private static final String BASE = "/2018-06-01/runtime";
  private static final int MAX_XRAY_CAUSE_BYTES = 1024 * 1024;
  private final HttpConnection connection;
  private final String userAgent;

  RuntimeApiClient(String hostAndPort) {
    this.connection = HttpConnection.to(hostAndPort);
    this.userAgent = "aws-lambda-java/" + System.getProperty("java.vendor.version") + "-cumulo";
  }

  Invocation next() throws IOException {
    HttpConnection.Response response =
        connection.send("GET", BASE + "/invocation/next", new String[] {"User-Agent", userAgent}, null, 0);
    String requestId = response.header("lambda-runtime-aws-request-id");
    if (response.status() / 100 != 2 || requestId == null) {
      throw new RuntimeApiException("Failed to get next.", response.status());
    }
    String arn = response.header("lambda-runtime-invoked-function-arn");
    String deadline = response.header("lambda-runtime-deadline-ms");
    return new Invocation(
        requestId,
        nonEmpty(response.header("lambda-runtime-trace-id")),
        arn == null ? "" : arn,
        deadline == null ? 0 : Long.parseLong(deadline),
        nonEmpty(response.header("lambda-runtime-client-context")),
        nonEmpty(response.header("lambda-runtime-cognito-identity")),
        nonEmpty(response.header("lambda-runtime-aws-tenant-id")),
        response.body());
  }

  void postResponse(String requestId, byte[] payload, int length) throws IOException {
    String[] headers = {"Content-Type", "application/json", "User-Agent", userAgent};
    HttpConnection.Response response =
        connection.send("POST", BASE + "/invocation/" + requestId + "/response", headers, payload, length);
    if (response.status() / 100 != 2) {
      throw new RuntimeApiException("Failed to post invocation response.", response.status());
    }
  }

  void postError(String requestId, ErrorReport error) throws IOException {
    post(BASE + "/invocation/" + requestId + "/error", error);
  }

  void postInitError(ErrorReport error) throws IOException {
    post(BASE + "/init/error", error);
  }

  private void post(String path, ErrorReport error) throws IOException {
    boolean withCause =
        error.xrayCause() != null && error.xrayCause().getBytes(StandardCharsets.UTF_8).length < MAX_XRAY_CAUSE_BYTES;
    String[] headers =
        withCause
            ? new String[] {
              "Content-Type", "application/json",
              "User-Agent", userAgent,
              "Lambda-Runtime-Function-Error-Type", error.errorType(),
              "Lambda-Runtime-Function-XRay-Error-Cause", error.xrayCause()
            }
            : new String[] {
              "Content-Type", "application/json",
              "User-Agent", userAgent,
              "Lambda-Runtime-Function-Error-Type", error.errorType()
            };
    byte[] body = error.body().getBytes(StandardCharsets.UTF_8);
    HttpConnection.Response response = connection.send("POST", path, headers, body, body.length);
    if (response.status() != 202) {
      throw new RuntimeApiException(path, response.status());
    }
  }

  private static String nonEmpty(String header) {
    return header == null || header.isEmpty() ? null : header;
  }

  @Override
  public void close() {
    connection.close();
  }

  /** The Runtime API refused a request; the message follows AWS's runtime. */
  static final class RuntimeApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuntimeApiException(String message, int status) {
      super(message + " Response code: '" + status + "'.");
    }
  }
}
