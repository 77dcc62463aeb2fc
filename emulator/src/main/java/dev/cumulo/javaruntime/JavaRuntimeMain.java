package dev.cumulo.javaruntime;

import java.util.Map;

/**
 * The entry point Cumulo starts in each Java function's JVM. The handler comes from {@code _HANDLER} (or the first
 * argument, as AWS's bootstrap passes it), the endpoint from {@code AWS_LAMBDA_RUNTIME_API}.
 *
 * <p>Init follows AWS's Java runtime: security defaults, UTF-8 standard streams, the logger, the customer class loader
 * as the thread's context class loader, then the handler. A fatal init fault is logged, posted to
 * {@code /runtime/init/error}, and the JVM exits with status 1.
 */
public final class JavaRuntimeMain {
  private JavaRuntimeMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> variables = System.getenv();
    RuntimeEnvironment env = RuntimeEnvironment.of(variables, args.length > 0 ? args[0] : null);
    JvmDefaults.apply(variables);
    RuntimeLogger logger = RuntimeLogger.forEnvironment(env);
    try (RuntimeApiClient api = new RuntimeApiClient(env.runtimeApi())) {
      StandardStreams.install();
      logger.install();
      ClassLoader customerLoader = CustomerClasspath.loaderFor(env);
      Thread.currentThread().setContextClassLoader(customerLoader);
      LoadedHandler handler;
      try {
        handler = HandlerLoader.load(env.handler(), customerLoader, new Codecs(customerLoader));
      } catch (UserFault fault) {
        logger.log(fault.reportableError(), logger.errorLevel());
        StandardStreams.flush();
        api.postInitError(ErrorReport.of(fault));
        System.exit(1);
        return;
      }
      new InvocationLoop(api, new InvocationRunner(handler, env, logger, customerLoader), logger).run();
    }
  }
}
