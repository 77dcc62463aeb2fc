package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * The runtime client's class path as Cumulo gives it to a function's JVM, and nothing more: a jar of
 * {@code dev.cumulo.javaruntime}, aws-lambda-java-core and aws-lambda-java-serialization. Running the client from it
 * proves the client needs nothing else.
 */
final class ClientClasspath {
  private ClientClasspath() {}

  static String build(Path dir) {
    try {
      Path jar = Files.createDirectories(dir).resolve("cumulo-java-runtime.jar");
      Path classes = TaskRoot.codeSource(JavaRuntimeMain.class);
      Path packageDir = classes.resolve("dev/cumulo/javaruntime");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.list(packageDir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          out.putNextEntry(new JarEntry("dev/cumulo/javaruntime/" + file.getFileName()));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      return String.join(
          File.pathSeparator,
          jar.toString(),
          TaskRoot.codeSource(RequestHandler.class).toString(),
          TaskRoot.codeSource(PojoSerializer.class).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * AWS's runtime interface client with the same Lambda libraries, for comparisons: its main class is
   * {@code com.amazonaws.services.lambda.runtime.api.client.AWSLambda}, taking the handler as its argument.
   */
  static String awsRuntimeInterfaceClient() {
    return String.join(
        File.pathSeparator,
        TaskRoot.codeSource(AWSLambda.class).toString(),
        TaskRoot.codeSource(SdkInternalThreadLocal.class).toString(),
        TaskRoot.codeSource(RequestHandler.class).toString(),
        TaskRoot.codeSource(PojoSerializer.class).toString());
  }
}
