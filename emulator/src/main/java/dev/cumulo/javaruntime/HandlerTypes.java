package dev.cumulo.javaruntime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the type arguments a class gives a generic interface such as {@code RequestHandler<I, O>}, searching its
 * interfaces and superclasses breadth first and carrying type arguments down the hierarchy, so
 * {@code class Handler extends Base<Order>} with {@code Base<T> implements RequestHandler<T, String>} resolves to
 * {@code (Order, String)}. The search order and the name-based resolution of type variables are AWS's runtime's.
 */
final class HandlerTypes {
  private HandlerTypes() {}

  /** The arguments, possibly unresolved type variables; null when the class does not parameterise the interface. */
  static Type[] argumentsOf(Class<?> type, Class<?> genericInterface) {
    Deque<Scope> queue = new ArrayDeque<>();
    queue.addFirst(new Scope(type, null));
    while (!queue.isEmpty()) {
      Scope current = queue.removeLast();
      for (Type implemented : current.type().getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType parameterized) {
          if (!(parameterized.getRawType() instanceof Class<?> raw)) {
            System.err.println("raw type is not a class: " + parameterized.getRawType());
            continue;
          }
          Scope scope = Scope.of(parameterized, current);
          if (genericInterface.isAssignableFrom(raw)) {
            return scope.arguments();
          }
          queue.addFirst(scope);
        } else if (implemented instanceof Class<?> plain) {
          queue.addFirst(Scope.ofClass(plain, current));
        } else {
          System.err.println("Unexpected type class " + implemented.getClass().getName());
        }
      }
      Type superclass = current.type().getGenericSuperclass();
      if (superclass instanceof ParameterizedType parameterized) {
        queue.addFirst(Scope.of(parameterized, current));
      } else if (superclass instanceof Class<?> plain) {
        queue.addFirst(Scope.ofClass(plain, current));
      }
    }
    return null;
  }

  /** A class in the hierarchy with the type arguments known for it (null when none are). */
  private record Scope(Class<?> type, Type[] arguments) {

    static Scope ofClass(Class<?> type, Scope from) {
      TypeVariable<?>[] parameters = type.getTypeParameters();
      if (parameters.length == 0 || from.arguments() == null) {
        return new Scope(type, null);
      }
      Type[] arguments = new Type[parameters.length];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = from.resolve(parameters[i]);
      }
      return new Scope(type, arguments);
    }

    static Scope of(ParameterizedType parameterized, Scope from) {
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] instanceof TypeVariable<?> variable) {
          arguments[i] = from.resolve(variable);
        }
      }
      Type raw = parameterized.getRawType();
      if (raw instanceof Class<?> type) {
        return new Scope(type, arguments);
      }
      if (raw instanceof TypeVariable<?> variable) {
        return new Scope((Class<?>) variable.getGenericDeclaration(), arguments);
      }
      throw new IllegalStateException("Type " + raw + " is of unexpected type " + raw.getClass());
    }

    Type resolve(TypeVariable<?> variable) {
      TypeVariable<?>[] own = type.getTypeParameters();
      for (int i = 0; i < own.length; i++) {
        if (variable.getName().equals(own[i].getName())) {
          return arguments == null ? own[i] : arguments[i];
        }
      }
      return variable;
    }
  }
}
