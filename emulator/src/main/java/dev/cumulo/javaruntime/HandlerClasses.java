package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/** Handlers named by class only: a {@link RequestStreamHandler}, else a {@link RequestHandler}. */
final class HandlerClasses {
  private HandlerClasses() {}

  static LoadedHandler load(Class<?> type, Codecs codecs) {
    if (RequestStreamHandler.class.isAssignableFrom(type)) {
      return streamHandler(type);
    }
    if (RequestHandler.class.isAssignableFrom(type)) {
      return requestHandler(type, codecs);
    }
    return new LoadedHandler.Faulty(
        UserFault.message("Class does not implement an appropriate handler interface: " + type.getName()));
  }

  private static LoadedHandler streamHandler(Class<?> type) {
    try {
      return new LoadedHandler.Ready(new CustomerStreamHandler((RequestStreamHandler) Instances.create(type)));
    } catch (UserFault fault) {
      return new LoadedHandler.Faulty(fault);
    } catch (Throwable t) {
      return new LoadedHandler.Faulty(UserFault.of(t));
    }
  }

  @SuppressWarnings("unchecked")
  private static LoadedHandler requestHandler(Class<?> type, Codecs codecs) {
    Type[] arguments = HandlerTypes.argumentsOf(type, RequestHandler.class);
    if (arguments == null) {
      return new LoadedHandler.Faulty(
          UserFault.message(
              "Class " + type.getName() + " does not implement RequestHandler with concrete type parameters"));
    }
    if (arguments.length != 2) {
      return new LoadedHandler.Faulty(
          UserFault.message(
              "Invalid class signature for RequestHandler. Expected two generic types, got " + arguments.length));
    }
    for (Type argument : arguments) {
      if (argument instanceof TypeVariable<?> variable && !hasUpperBound(variable)) {
        return new LoadedHandler.Faulty(
            UserFault.message(
                "Class "
                    + type.getName()
                    + " does not implement RequestHandler with concrete type parameters: parameter "
                    + variable
                    + " has no upper bound."));
      }
    }
    try {
      RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) Instances.create(type);
      return new LoadedHandler.Ready(PojoAdapter.of(handler, arguments[0], arguments[1], codecs));
    } catch (UserFault fault) {
      return new LoadedHandler.Faulty(fault);
    } catch (Throwable t) {
      return new LoadedHandler.Faulty(UserFault.of(t));
    }
  }

  private static boolean hasUpperBound(TypeVariable<?> variable) {
    for (Type bound : variable.getBounds()) {
      if (!Object.class.equals(bound)) {
        return true;
      }
    }
    return false;
  }
}
