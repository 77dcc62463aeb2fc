package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.util.ReflectUtil;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Handlers named {@code Class::method}: picks among the public methods of that name as Lambda does. Methods that are
 * not bridges come first, then longer parameter lists, a trailing {@link Context} counting as one extra parameter; the
 * first overload with a supported signature wins, the others are reported on standard error as AWS's runtime reports
 * them. Supported signatures: {@code (InputStream, OutputStream, Context)}, {@code (InputStream, OutputStream)},
 * {@code (InputStream, Context)}, {@code (OutputStream, Context)}, {@code (InputStream)}, {@code (OutputStream)},
 * {@code (Context)}, {@code (T, Context)}, {@code (T)} and {@code ()}.
 */
final class HandlerMethods {
  private static final Comparator<Method> PRIORITY = new Comparator<>() {
    @Override
    public int compare(Method left, Method right) {
      if (left.isBridge() != right.isBridge()) {
        return left.isBridge() ? 1 : -1;
      }
      return -Integer.compare(weight(left), weight(right));
    }
  };

  private HandlerMethods() {}

  static LoadedHandler load(Class<?> type, String methodName, Codecs codecs) {
    Method[] methods;
    try {
      methods = type.getMethods();
    } catch (NoClassDefFoundError e) {
      return new LoadedHandler.Faulty(
          new UserFault(
              "Error loading method " + methodName + " on class " + type.getName(),
              e.getClass().getName(),
              StackTraces.print(e),
              false));
    }
    if (methods.length == 0) {
      // AWS's runtime names its own HandlerInfo class here instead of the handler's; kept for identical output.
      return new LoadedHandler.Faulty(
          UserFault.message(
              "Class com.amazonaws.services.lambda.runtime.api.client.HandlerInfo has no public method named "
                  + methodName));
    }
    List<Method> candidates = new ArrayList<>();
    for (Method method : methods) {
      if (method.getName().equals(methodName)) {
        candidates.add(method);
      }
    }
    candidates.sort(PRIORITY);
    for (Method method : candidates) {
      LoadedHandler handler = fromOverload(type, method, codecs);
      if (handler != null) {
        return handler;
      }
    }
    return new LoadedHandler.Faulty(
        UserFault.message(
            "No public method named "
                + methodName
                + " with appropriate method signature found on class "
                + type.getName()));
  }

  private static int weight(Method method) {
    Class<?>[] parameters = method.getParameterTypes();
    boolean endsWithContext = parameters.length > 0 && parameters[parameters.length - 1] == Context.class;
    return parameters.length + (endsWithContext ? 1 : 0);
  }

  /** The handler for one overload, or null when its signature is not one Lambda supports. */
  private static LoadedHandler fromOverload(Class<?> type, Method method, Codecs codecs) {
    Type result = method.getGenericReturnType();
    Type[] parameters = method.getGenericParameterTypes();
    switch (parameters.length) {
      case 0:
        return pojo(type, method, null, result, false, codecs);
      case 1:
        return oneParameter(type, method, parameters[0], result, codecs);
      case 2:
        return twoParameters(type, method, parameters[0], parameters[1], result, codecs);
      case 3:
        if (parameters[0] == InputStream.class && parameters[1] == OutputStream.class && isContext(parameters[2])) {
          return stream(type, method, true, true, true);
        }
        System.err.println(
            "Ignoring three-argument overload because argument signature is not (InputStream, OutputStream, Context");
        return null;
      default:
        System.err.println(
            "Ignoring an overload of method "
                + method.getName()
                + " because it has too many parameters: Expected at most 3, got "
                + parameters.length);
        return null;
    }
  }

  private static LoadedHandler oneParameter(Class<?> type, Method method, Type parameter, Type result, Codecs codecs) {
    if (parameter == InputStream.class) {
      return stream(type, method, true, false, false);
    }
    if (parameter == OutputStream.class) {
      return stream(type, method, false, true, false);
    }
    if (isContext(parameter)) {
      return pojo(type, method, null, result, true, codecs);
    }
    return pojo(type, method, parameter, result, false, codecs);
  }

  private static LoadedHandler twoParameters(
      Class<?> type, Method method, Type first, Type second, Type result, Codecs codecs) {
    if (first == OutputStream.class) {
      if (isContext(second)) {
        return stream(type, method, false, true, true);
      }
      System.err.println(
          "Ignoring two-argument overload because first argument type is OutputStream and second argument type is"
              + " not Context");
      return null;
    }
    if (isContext(first)) {
      System.err.println("Ignoring two-argument overload because first argument type is Context");
      return null;
    }
    if (first == InputStream.class) {
      if (second == OutputStream.class) {
        return stream(type, method, true, true, false);
      }
      if (isContext(second)) {
        return stream(type, method, true, false, true);
      }
      System.err.println(
          "Ignoring two-argument overload because second parameter type, "
              + ReflectUtil.getRawClass(second).getName()
              + ", is not OutputStream.");
      return null;
    }
    if (isContext(second)) {
      return pojo(type, method, first, result, true, codecs);
    }
    System.err.println("Ignoring two-argument overload because second parameter type is not Context");
    return null;
  }

  private static boolean isContext(Type type) {
    return type == Context.class;
  }

  private static LoadedHandler pojo(
      Class<?> type, Method method, Type input, Type result, boolean withContext, Codecs codecs) {
    try {
      Object instance = Modifier.isStatic(method.getModifiers()) ? null : Instances.create(type);
      PojoMethodHandler handler = new PojoMethodHandler(method, instance, input != null, withContext);
      return new LoadedHandler.Ready(PojoAdapter.of(handler, input, result, codecs));
    } catch (UserFault fault) {
      return new LoadedHandler.Faulty(fault);
    } catch (Throwable t) {
      return new LoadedHandler.Faulty(UserFault.of(t));
    }
  }

  private static LoadedHandler stream(
      Class<?> type, Method method, boolean withInput, boolean withOutput, boolean withContext) {
    try {
      if (!PojoAdapter.isVoid(method.getReturnType())) {
        System.err.println("Will ignore return type " + method.getReturnType() + " on byte stream handler");
      }
      Object instance = Modifier.isStatic(method.getModifiers()) ? null : Instances.create(type);
      return new LoadedHandler.Ready(new StreamMethodHandler(method, instance, withInput, withOutput, withContext));
    } catch (UserFault fault) {
      return new LoadedHandler.Faulty(fault);
    } catch (Throwable t) {
      return new LoadedHandler.Faulty(UserFault.of(t));
    }
  }
}
