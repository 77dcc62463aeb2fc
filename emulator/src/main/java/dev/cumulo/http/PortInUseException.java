package dev.cumulo.http;

/** The port a listener was asked for is taken by another program. */
public final class PortInUseException extends RuntimeException {
  public PortInUseException(String host, int port, Throwable cause) {
    super("Port " + port + " on " + host + " is already in use by another program", cause);
  }
}
