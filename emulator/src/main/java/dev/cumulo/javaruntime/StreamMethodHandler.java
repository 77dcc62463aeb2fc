package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A method taking the raw event stream and/or the response stream (and optionally the {@link Context}), called by
 * reflection. A method without an output stream answers {@code null}; its return value is ignored.
 */
final class StreamMethodHandler implements StreamHandler {
  private static final byte[] JSON_NULL = {'n', 'u', 'l', 'l'};
  private final Method method;
  private final Object instance;
  private final boolean withInput;
  private final boolean withOutput;
  private final boolean withContext;

  /** @param instance null for a static method */
  StreamMethodHandler(Method method, Object instance, boolean withInput, boolean withOutput, boolean withContext) {
    this.method = method;
    this.instance = instance;
    this.withInput = withInput;
    this.withOutput = withOutput;
    this.withContext = withContext;
  }

  @Override
  public void handle(InputStream input, OutputStream output, Context context) throws Throwable {
    Object[] arguments = new Object[(withInput ? 1 : 0) + (withOutput ? 1 : 0) + (withContext ? 1 : 0)];
    int next = 0;
    if (withInput) {
      arguments[next++] = input;
    } else {
      input.close();
    }
    if (withOutput) {
      arguments[next++] = output;
    }
    if (withContext) {
      arguments[next] = context;
    }
    try {
      method.invoke(instance, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() == null ? e : e.getCause();
    }
    if (!withOutput) {
      output.write(JSON_NULL);
    }
  }
}
