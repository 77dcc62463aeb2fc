package dev.cumulo.javaruntime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The {@link Context} of one invocation, from the runtime's environment and the invocation's headers. */
final class InvocationContext implements Context {
  private final RuntimeEnvironment env;
  private final Invocation invocation;
  private final CognitoIdentity identity;
  private final ClientContext clientContext;
  private final LambdaLogger logger;

  InvocationContext(
      RuntimeEnvironment env,
      Invocation invocation,
      CognitoIdentity identity,
      ClientContext clientContext,
      LambdaLogger logger) {
    this.env = env;
    this.invocation = invocation;
    this.identity = identity;
    this.clientContext = clientContext;
    this.logger = logger;
  }

  @Override
  public String getAwsRequestId() {
    return invocation.requestId();
  }

  @Override
  public String getLogGroupName() {
    return env.logGroupName();
  }

  @Override
  public String getLogStreamName() {
    return env.logStreamName();
  }

  @Override
  public String getFunctionName() {
    return env.functionName();
  }

  @Override
  public String getFunctionVersion() {
    return env.functionVersion();
  }

  @Override
  public String getInvokedFunctionArn() {
    return invocation.invokedFunctionArn();
  }

  @Override
  public CognitoIdentity getIdentity() {
    return identity;
  }

  @Override
  public ClientContext getClientContext() {
    return clientContext;
  }

  @Override
  public int getRemainingTimeInMillis() {
    int remaining = (int) (invocation.deadlineMs() - System.currentTimeMillis());
    return Math.max(remaining, 0);
  }

  @Override
  public int getMemoryLimitInMB() {
    return env.memoryLimitMb();
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public String getTenantId() {
    return invocation.tenantId();
  }

  @Override
  public String getXrayTraceId() {
    return invocation.traceId();
  }
}
