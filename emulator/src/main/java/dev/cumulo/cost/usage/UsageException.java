package dev.cumulo.cost.usage;

/** Recorded usage that cannot be read: the message names the source and the problem. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
