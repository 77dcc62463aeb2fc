package dev.cumulo.javaruntime;

import java.lang.reflect.Method;

/**
 * Puts the request id into log4j's context map under {@code AWSRequestId} when the function uses Lambda's log4j
 * appender, as AWS's runtime does, so log4j layouts can print it. Both log4j 1 ({@code MDC}) and log4j 2
 * ({@code ThreadContext}) are tried.
 */
final class Log4jRequestId {
  private final ClassLoader customerLoader;
  private Method log4j1;
  private Method log4j2;
  private boolean lookedUp;

  Log4jRequestId(ClassLoader customerLoader) {
    this.customerLoader = customerLoader;
  }

  void put(String requestId) {
    if (!lookedUp) {
      log4j1 = putMethod("org.apache.log4j.MDC", Object.class);
      log4j2 = putMethod("org.apache.logging.log4j.ThreadContext", String.class);
      lookedUp = true;
    }
    boolean put = put(log4j1, requestId) | put(log4j2, requestId);
    if (!put) {
      System.err.println(
          "Customer using log4j appender but unable to load either org.apache.log4j.MDC or "
              + "org.apache.logging.log4j.ThreadContext. Customer cannot see RequestId in log4j log lines.");
    }
  }

  private Method putMethod(String className, Class<?> valueType) {
    try {
      return Class.forName(className, true, customerLoader).getMethod("put", String.class, valueType);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static boolean put(Method method, String requestId) {
    if (method == null) {
      return false;
    }
    try {
      method.invoke(null, "AWSRequestId", requestId);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
