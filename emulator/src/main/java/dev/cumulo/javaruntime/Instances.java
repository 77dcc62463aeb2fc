package dev.cumulo.javaruntime;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/** Creates the handler object once, at init, through its public no-argument constructor. */
final class Instances {
  private Instances() {}

  /**
   * @throws UserFault fatal, when the constructor itself throws
   * @throws Exception with AWS's message, when there is no usable constructor
   */
  static Object create(Class<?> type) throws Exception {
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
        throw new Exception(
            "Class " + type.getName() + " cannot be instantiated because it is a non-static inner class");
      }
      throw new Exception("Class " + type.getName() + " has no public zero-argument constructor", e);
    }
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw UserFault.of(e.getCause() == null ? e : e.getCause(), true);
    } catch (InstantiationException e) {
      throw Sneaky.rethrow(e.getCause() == null ? e : e.getCause());
    }
  }
}
