package dev.cumulo.javaruntime;

import java.io.IOError;
import java.io.IOException;

/**
 * Serves invocations one at a time until one fails in a way AWS's runtime stops for: an {@link Error} of the JVM
 * ({@code OutOfMemoryError}, {@code StackOverflowError}), an {@link IOError}, or a fatal fault. The failing invocation
 * is reported first. Before any response or error is posted, the invocation's output is flushed, so every line it
 * printed is written while the invocation is still running.
 */
final class InvocationLoop {
  static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
  private final RuntimeApiClient api;
  private final InvocationRunner runner;
  private final RuntimeLogger logger;

  InvocationLoop(RuntimeApiClient api, InvocationRunner runner, RuntimeLogger logger) {
    this.api = api;
    this.runner = runner;
    this.logger = logger;
  }

  /** Returns when the instance must stop; throws when the Runtime API cannot be reached. */
  void run() throws IOException {
    boolean serving = true;
    while (serving) {
      Invocation invocation = api.next();
      if (invocation.traceId() != null) {
        System.setProperty(TRACE_HEADER_PROPERTY, invocation.traceId());
      } else {
        System.clearProperty(TRACE_HEADER_PROPERTY);
      }
      serving = serve(invocation);
    }
  }

  private boolean serve(Invocation invocation) throws IOException {
    try {
      PayloadBuffer response = runner.run(invocation);
      StandardStreams.flush();
      api.postResponse(invocation.requestId(), response.array(), response.size());
      Thread.interrupted();
      return true;
    } catch (Throwable t) {
      return reportFailure(invocation, t);
    }
  }

  private boolean reportFailure(Invocation invocation, Throwable t) throws IOException {
    StackTraces.filter(t);
    UserFault fault = UserFault.of(t);
    boolean fatal = t instanceof VirtualMachineError || t instanceof IOError || fault.fatal();
    ErrorReport report = ErrorReport.of(t);
    logger.log(fault.reportableError(), logger.errorLevel());
    StandardStreams.flush();
    api.postError(invocation.requestId(), report);
    return !fatal;
  }
}
