package dev.cumulo.javaruntime;

/**
 * A failure to report in AWS's Java runtime's terms: a message, the type of the exception behind it (if any), its
 * printed trace, and whether the instance must stop after reporting it. Faults found while loading the handler are
 * either fatal (reported to {@code /runtime/init/error}) or kept and reported on every invocation.
 */
final class UserFault extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String errorMessage;
  private final String errorType;
  private final String trace;
  private final boolean fatal;

  UserFault(String errorMessage, String errorType, String trace, boolean fatal) {
    super(errorMessage, null, false, false);
    this.errorMessage = errorMessage;
    this.errorType = errorType;
    this.trace = trace;
    this.fatal = fatal;
  }

  /** A fault that carries only a message: no exception type, no trace, not fatal. */
  static UserFault message(String message) {
    return new UserFault(message, null, null, false);
  }

  static UserFault of(Throwable t) {
    return t instanceof UserFault fault ? fault : of(t, false);
  }

  static UserFault of(Throwable t, boolean fatal) {
    String message = t.getLocalizedMessage() == null ? t.getClass().getName() : t.getLocalizedMessage();
    return new UserFault(message, t.getClass().getName(), StackTraces.print(t), fatal);
  }

  /** Loading the handler class failed: static initialisation threw, or the class could not be linked. */
  static UserFault classLoading(Throwable t, String className) {
    String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
    return new UserFault(
        "Error loading class " + className + detail, t.getClass().getName(), StackTraces.print(t), true);
  }

  static UserFault classNotFound(Throwable t, String className) {
    return new UserFault("Class not found: " + className, t.getClass().getName(), StackTraces.print(t), false);
  }

  String errorMessage() {
    return errorMessage;
  }

  /** The exception's class name, or null for message-only faults. */
  String errorType() {
    return errorType;
  }

  boolean fatal() {
    return fatal;
  }

  /** The text the runtime logs for this fault. */
  String reportableError() {
    if (errorType != null || trace != null) {
      return errorMessage + ": " + (errorType == null ? "" : errorType) + "\n" + (trace == null ? "" : trace) + "\n";
    }
    return errorMessage + "\n";
  }
}
