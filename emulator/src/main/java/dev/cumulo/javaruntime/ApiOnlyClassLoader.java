package dev.cumulo.javaruntime;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of the customer's class loader: the platform classes, plus the Lambda API packages
 * ({@code com.amazonaws.services.lambda.runtime} and its {@code logging} package) from the runtime's own class path,
 * so a handler implementing {@code RequestHandler} implements the very interface the runtime calls, even when the
 * function bundles its own copy of {@code aws-lambda-java-core}. Nothing else of the runtime's class path shows: the
 * runtime's classes and the serialisation library's shaded Jackson and Gson stay invisible to customer code, which
 * brings its own libraries.
 */
final class ApiOnlyClassLoader extends ClassLoader {
  private static final String API_PACKAGE = "com.amazonaws.services.lambda.runtime";
  private static final String API_LOGGING_PACKAGE = "com.amazonaws.services.lambda.runtime.logging";

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader runtimeLoader;

  ApiOnlyClassLoader(ClassLoader runtimeLoader) {
    super("lambda-api", ClassLoader.getPlatformClassLoader());
    this.runtimeLoader = runtimeLoader;
  }

  static boolean isApiClass(String className) {
    int lastDot = className.lastIndexOf('.');
    if (lastDot < 0) {
      return false;
    }
    String packageName = className.substring(0, lastDot);
    return packageName.equals(API_PACKAGE) || packageName.equals(API_LOGGING_PACKAGE);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (isApiClass(name)) {
      return runtimeLoader.loadClass(name);
    }
    throw new ClassNotFoundException(name);
  }

  @Override
  protected URL findResource(String name) {
    return null;
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    return Collections.emptyEnumeration();
  }
}
