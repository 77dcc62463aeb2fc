package dev.cumulo.cost.usage;

/** What started an invocation. Asynchronous sources are billed extra requests for events above 256 KB. */
public enum Trigger {
  HTTP_API(false),
  REST_API(false),
  FUNCTION_URL(false),
  SQS(false),
  INVOKE(false),
  ASYNC_INVOKE(true),
  S3(true),
  SCHEDULE(true);

  private final boolean asynchronous;

  Trigger(boolean asynchronous) {
    this.asynchronous = asynchronous;
  }

  /** Invoked with InvocationType Event (S3 notifications, schedules, async invokes). */
  public boolean asynchronous() {
    return asynchronous;
  }
}
