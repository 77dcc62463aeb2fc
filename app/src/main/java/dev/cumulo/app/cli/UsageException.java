package dev.cumulo.app.cli;

/** The command line was wrong; the message says how, in one line for the user. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
