package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** A plain method taking an optional input and an optional {@link Context}, called by reflection. */
final class PojoMethodHandler implements RequestHandler<Object, Object> {
  private final Method method;
  private final Object instance;
  private final boolean withInput;
  private final boolean withContext;

  /** @param instance null for a static method */
  PojoMethodHandler(Method method, Object instance, boolean withInput, boolean withContext) {
    this.method = method;
    this.instance = instance;
    this.withInput = withInput;
    this.withContext = withContext;
  }

  @Override
  public Object handleRequest(Object input, Context context) {
    Object[] arguments = new Object[(withInput ? 1 : 0) + (withContext ? 1 : 0)];
    int next = 0;
    if (withInput) {
      arguments[next++] = input;
    }
    if (withContext) {
      arguments[next] = context;
    }
    try {
      return method.invoke(instance, arguments);
    } catch (InvocationTargetException e) {
      throw Sneaky.rethrow(e.getCause() == null ? e : e.getCause());
    } catch (IllegalAccessException e) {
      throw Sneaky.rethrow(e);
    }
  }
}
