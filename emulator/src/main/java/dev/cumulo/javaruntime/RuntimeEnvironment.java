package dev.cumulo.javaruntime;

import java.io.File;
import java.util.Map;

/**
 * What the execution environment tells the runtime through its environment variables, read once at start as AWS's
 * Java runtime does.
 *
 * @param taskClasspath Cumulo's {@code CUMULO_TASK_CLASSPATH}, or null for Lambda's layout under the task root
 */
record RuntimeEnvironment(
    String handler,
    String runtimeApi,
    String taskRoot,
    String taskClasspath,
    int memoryLimitMb,
    String functionName,
    String functionVersion,
    String logGroupName,
    String logStreamName,
    String logLevel,
    String logFormat) {

  static RuntimeEnvironment of(Map<String, String> env, String handlerArgument) {
    String handler = handlerArgument != null ? handlerArgument : env.getOrDefault("_HANDLER", "");
    String taskRoot = env.get("LAMBDA_TASK_ROOT");
    return new RuntimeEnvironment(
        handler,
        env.get("AWS_LAMBDA_RUNTIME_API"),
        taskRoot != null ? taskRoot : new File("").getAbsolutePath(),
        env.get("CUMULO_TASK_CLASSPATH"),
        Integer.parseInt(env.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")),
        env.get("AWS_LAMBDA_FUNCTION_NAME"),
        env.get("AWS_LAMBDA_FUNCTION_VERSION"),
        env.get("AWS_LAMBDA_LOG_GROUP_NAME"),
        env.get("AWS_LAMBDA_LOG_STREAM_NAME"),
        env.getOrDefault("AWS_LAMBDA_LOG_LEVEL", "UNDEFINED"),
        env.getOrDefault("AWS_LAMBDA_LOG_FORMAT", "TEXT"));
  }
}
