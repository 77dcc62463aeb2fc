package dev.cumulo.javaruntime;

/** Rethrows a customer's checked exception through interfaces that do not declare it, as AWS's runtime does. */
final class Sneaky {
  private Sneaky() {}

  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException rethrow(Throwable t) throws T {
    throw (T) t;
  }
}
