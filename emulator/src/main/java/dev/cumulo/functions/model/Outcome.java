package dev.cumulo.functions.model;

import java.nio.charset.StandardCharsets;

/** How an invocation ended. Each outcome knows the payload Lambda returns to a synchronous caller. */
public sealed interface Outcome
    permits Outcome.Success, Outcome.FunctionError, Outcome.Timeout, Outcome.Crash, Outcome.InitError, Outcome.Throttled {

  /** What the caller receives as the response body. */
  byte[] payload();

  /** The {@code X-Amz-Function-Error} header value, empty for success. */
  default String functionErrorHeader() {
    return "Unhandled";
  }

  /** The error type shown on REPORT lines and the timeline, empty for success. */
  String errorType();

  OutcomeKind kind();

  record Success(byte[] payload) implements Outcome {
    @Override
    public String functionErrorHeader() {
      return "";
    }

    @Override
    public String errorType() {
      return "";
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.SUCCESS;
    }
  }

  /** The handler threw or the runtime reported an error through {@code /invocation/{id}/error}. */
  record FunctionError(String errorType, byte[] payload) implements Outcome {
    @Override
    public OutcomeKind kind() {
      return OutcomeKind.FUNCTION_ERROR;
    }
  }

  /** The function ran past its timeout and its instance was stopped. */
  record Timeout(String requestId, int timeoutSeconds) implements Outcome {
    @Override
    public byte[] payload() {
      return errorJson("Sandbox.Timedout", "RequestId: " + requestId + " Error: Task timed out after "
          + String.format("%.2f", (double) timeoutSeconds) + " seconds");
    }

    @Override
    public String errorType() {
      return "Sandbox.Timedout";
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.TIMEOUT;
    }
  }

  /**
   * The instance's process ended during the invocation: it exited, was killed for using more memory than configured
   * ({@code Runtime.OutOfMemory}), or crashed.
   */
  record Crash(String requestId, String errorType, String exitDescription) implements Outcome {
    @Override
    public byte[] payload() {
      return errorJson(errorType, "RequestId: " + requestId + " Error: Runtime exited with error: " + exitDescription);
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.CRASH;
    }
  }

  /** The function's init failed, so the invocation never ran. */
  record InitError(String errorType, byte[] payload) implements Outcome {
    @Override
    public OutcomeKind kind() {
      return OutcomeKind.INIT_ERROR;
    }
  }

  /** No instance could take the invocation: the concurrency limit was reached. */
  record Throttled() implements Outcome {
    @Override
    public byte[] payload() {
      return "{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}"
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String functionErrorHeader() {
      return "";
    }

    @Override
    public String errorType() {
      return "TooManyRequestsException";
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.THROTTLED;
    }
  }

  static byte[] errorJson(String type, String message) {
    String json = "{\"errorType\":\"" + type + "\",\"errorMessage\":\"" + message.replace("\"", "\\\"") + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
