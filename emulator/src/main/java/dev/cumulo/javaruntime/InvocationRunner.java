package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.LambdaRuntimeInternal;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import java.io.ByteArrayInputStream;

/**
 * Runs one invocation through the loaded handler: builds its {@link InvocationContext} (parsing the mobile client and
 * Cognito headers with Gson as AWS's runtime does, only when they are present), tells the logger and log4j its
 * request id, and collects the response bytes.
 */
final class InvocationRunner {
  private final LoadedHandler handler;
  private final RuntimeEnvironment env;
  private final RuntimeLogger logger;
  private final Log4jRequestId log4j;
  private final PayloadBuffer response = new PayloadBuffer(1024);

  InvocationRunner(LoadedHandler handler, RuntimeEnvironment env, RuntimeLogger logger, ClassLoader customerLoader) {
    this.handler = handler;
    this.env = env;
    this.logger = logger;
    this.log4j = new Log4jRequestId(customerLoader);
  }

  /** The response bytes, valid until the next call; exceptions from customer code pass through. */
  PayloadBuffer run(Invocation invocation) throws Throwable {
    if (handler instanceof LoadedHandler.Faulty faulty) {
      throw faulty.fault();
    }
    return run(((LoadedHandler.Ready) handler).handler(), invocation);
  }

  private PayloadBuffer run(StreamHandler ready, Invocation invocation) throws Throwable {
    response.reset();
    MobileIdentity identity =
        invocation.cognitoIdentity() == null
            ? null
            : GsonFactory.getInstance().getSerializer(MobileIdentity.class).fromJson(invocation.cognitoIdentity());
    MobileClientContext clientContext =
        invocation.clientContext() == null
            ? null
            : GsonFactory.getInstance().getSerializer(MobileClientContext.class).fromJson(invocation.clientContext());
    InvocationContext context =
        new InvocationContext(env, invocation, identity, clientContext, LambdaRuntime.getLogger());
    logger.setInvocation(context);
    if (LambdaRuntimeInternal.getUseLog4jAppender()) {
      log4j.put(invocation.requestId());
    }
    ready.handle(new ByteArrayInputStream(invocation.payload()), response, context);
    return response;
  }
}
