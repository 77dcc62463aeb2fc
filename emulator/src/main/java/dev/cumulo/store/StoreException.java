package dev.cumulo.store;

/** The database could not do what was asked (disk full, file damaged, a bug in a statement). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
