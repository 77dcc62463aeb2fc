package dev.cumulo.queue.model;

/** A request SQS would reject: the error and the exact message SQS gives. Create a fresh one per throw. */
public final class SqsException extends RuntimeException {
  private final SqsError error;

  public SqsException(SqsError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  public SqsError error() {
    return error;
  }

  /** The common "Value X for parameter P is invalid. Reason: R" form of InvalidParameterValue. */
  public static SqsException invalidParameter(String parameter, Object value, String reason) {
    return new SqsException(
        SqsError.INVALID_PARAMETER_VALUE, "Value " + value + " for parameter " + parameter + " is invalid. Reason: " + reason);
  }

  public static SqsException missingParameter(String parameter) {
    return new SqsException(SqsError.MISSING_PARAMETER, "The request must contain the parameter " + parameter + ".");
  }

  public static SqsException queueDoesNotExist() {
    return new SqsException(SqsError.QUEUE_DOES_NOT_EXIST, "The specified queue does not exist.");
  }
}
