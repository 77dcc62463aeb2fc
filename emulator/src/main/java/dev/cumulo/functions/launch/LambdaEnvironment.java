package dev.cumulo.functions.launch;

import dev.cumulo.functions.model.FunctionConfig;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables real Lambda gives a function's process, plus {@code AWS_ENDPOINT_URL} pointing at Cumulo.
 * The function's own variables come first where Lambda allows them and never replace a reserved one.
 */
public final class LambdaEnvironment {
  /** Variables a function may not set, per the Lambda documentation on reserved environment variables. */
  static final List<String> RESERVED =
      List.of(
          "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
          "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
          "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
          "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
          "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

  private LambdaEnvironment() {}

  public static Map<String, String> of(FunctionConfig config, InstanceContext instance, String runtimeDir) {
    Map<String, String> env = new LinkedHashMap<>();
    inheritPlatformEssentials(env);
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR");
    env.put("AWS_XRAY_DAEMON_ADDRESS", "169.254.79.129:2000");
    env.put("AWS_ENDPOINT_URL", instance.edgeUrl());
    config.environment().forEach((k, v) -> {
      if (!RESERVED.contains(k)) {
        env.put(k, v);
      }
    });
    env.put("_HANDLER", config.handler());
    env.put("AWS_REGION", instance.region());
    env.put("AWS_DEFAULT_REGION", instance.region());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + config.runtime());
    env.put("AWS_LAMBDA_FUNCTION_NAME", config.name());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", config.logGroup());
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", instance.logStream());
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_ACCESS_KEY", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.put("AWS_SESSION_TOKEN", "test");
    env.put("AWS_LAMBDA_RUNTIME_API", instance.runtimeApi());
    env.put("LAMBDA_TASK_ROOT", instance.taskRoot().toString());
    env.put("LAMBDA_RUNTIME_DIR", runtimeDir);
    return env;
  }

  /**
   * The environment of a container: Lambda's variables with the image's own paths ({@code /var/task},
   * {@code /var/runtime}); nothing of the host's, whose PATH means nothing inside the image.
   */
  public static Map<String, String> forContainer(FunctionConfig config, InstanceContext instance) {
    Map<String, String> env = of(config, instance, "/var/runtime");
    for (String hostOnly : List.of("PATH", "SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "HOME", "PATHEXT")) {
      env.remove(hostOnly);
    }
    env.put("LAMBDA_TASK_ROOT", "/var/task");
    config.image().command().stream().findFirst().ifPresent(handler -> env.put("_HANDLER", handler));
    return env;
  }

  /** Variables a process cannot start without on some systems (Windows needs SYSTEMROOT for sockets). */
  private static void inheritPlatformEssentials(Map<String, String> env) {
    for (String name : List.of("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "HOME")) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    if (File.separatorChar == '\\') {
      env.putIfAbsent("PATHEXT", System.getenv().getOrDefault("PATHEXT", ".EXE;.BAT;.CMD"));
    }
  }
}
