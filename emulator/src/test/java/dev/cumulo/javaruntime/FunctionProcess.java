package dev.cumulo.javaruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One function instance's JVM, started the way Cumulo starts Java functions: Lambda's JVM flags for the memory size,
 * the task root as working directory, Lambda's environment variables, standard output and error into files.
 */
final class FunctionProcess implements AutoCloseable {
  static final int MEMORY_MB = 512;
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private FunctionProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts Cumulo's runtime client. */
  static FunctionProcess start(
      String classpath, Path taskRoot, String handler, String runtimeApi, Map<String, String> extraEnv, Path logs) {
    return start(classpath, "dev.cumulo.javaruntime.JavaRuntimeMain", List.of(), taskRoot, handler, runtimeApi, extraEnv, logs);
  }

  static FunctionProcess start(
      String classpath,
      String mainClass,
      List<String> arguments,
      Path taskRoot,
      String handler,
      String runtimeApi,
      Map<String, String> extraEnv,
      Path logs) {
    List<String> command = new ArrayList<>(jvmCommand(classpath));
    command.add(mainClass);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("_HANDLER", handler);
    env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    env.put("AWS_LAMBDA_FUNCTION_NAME", "fn");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(MEMORY_MB));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/fn");
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2024/01/01/[$LATEST]0123456789abcdef");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.putAll(extraEnv);
    try {
      Files.createDirectories(logs);
      Path stdout = Files.createTempFile(logs, "stdout", ".log");
      Path stderr = Files.createTempFile(logs, "stderr", ".log");
      builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      return new FunctionProcess(builder.start(), stdout, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JVM and flags Cumulo uses for a Java function of {@link #MEMORY_MB}, up to the class path. */
  static List<String> jvmCommand(String classpath) {
    long kb = MEMORY_MB * 1024L;
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+TieredCompilation",
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-Xshare:auto",
        "-XX:MaxHeapSize=" + kb * 85 / 100 + "k",
        "-XX:MaxMetaspaceSize=" + kb * 10 / 100 + "k",
        "-XX:ReservedCodeCacheSize=" + kb * 5 / 100 + "k",
        "-cp",
        classpath);
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit status, waiting at most {@code timeout} for the process to end. */
  int exitStatus(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the function process is still running; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** CPU time the process has used so far, all its threads together (JIT and GC included). */
  Duration cpuTime() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
