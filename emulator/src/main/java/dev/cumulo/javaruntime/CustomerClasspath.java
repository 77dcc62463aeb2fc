package dev.cumulo.javaruntime;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the function's classes come from: Cumulo's {@code CUMULO_TASK_CLASSPATH} when given, else Lambda's layout,
 * the task root itself followed by every {@code lib/*.jar} in lexical order.
 */
final class CustomerClasspath {
  private CustomerClasspath() {}

  static URLClassLoader loaderFor(RuntimeEnvironment env) throws MalformedURLException {
    return new URLClassLoader(urls(env), new ApiOnlyClassLoader(CustomerClasspath.class.getClassLoader()));
  }

  static URL[] urls(RuntimeEnvironment env) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    if (env.taskClasspath() != null) {
      for (String entry : env.taskClasspath().split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          urls.add(new File(entry).toURI().toURL());
        }
      }
    } else {
      File taskRoot = new File(env.taskRoot());
      urls.add(taskRoot.toURI().toURL());
      String[] jars = new File(taskRoot, "lib").list();
      if (jars != null) {
        Arrays.sort(jars);
        for (String jar : jars) {
          if (jar.length() > 4 && jar.endsWith(".jar")) {
            urls.add(new File(new File(taskRoot, "lib"), jar).toURI().toURL());
          }
        }
      }
    }
    return urls.toArray(new URL[0]);
  }
}
