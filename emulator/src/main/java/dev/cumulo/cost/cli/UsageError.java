package dev.cumulo.cost.cli;

/** Arguments {@code cumulo cost} cannot use; the message is the one line the user sees. */
final class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message);
  }
}
