package dev.cumulo.javaruntime;

/**
 * A handler string split as Lambda splits it: {@code package.Class::method}, or {@code package.Class} for a class
 * implementing {@code RequestHandler} or {@code RequestStreamHandler}. The last {@code ::} separates the method.
 *
 * @param methodName null when the handler names a class only
 */
record HandlerName(String className, String methodName) {

  static HandlerName parse(String handler) {
    int separator = handler.lastIndexOf("::");
    if (separator < 0) {
      return new HandlerName(handler, null);
    }
    return new HandlerName(handler.substring(0, separator), handler.substring(separator + 2));
  }

  /** Lambda rejects an empty class name, and an empty method name after {@code ::}. */
  boolean valid() {
    return !className.isEmpty() && (methodName == null || !methodName.isEmpty());
  }
}
