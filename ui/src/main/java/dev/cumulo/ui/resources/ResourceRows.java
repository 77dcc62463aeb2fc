package dev.cumulo.ui.resources;

/** The rows of the resources page, one record per kind of resource. */
public final class ResourceRows {
  private ResourceRows() {}

  /** A function with its settings and its instances right now. */
  public record FunctionRow(String name, String runtime, int memoryMb, int timeoutSeconds, boolean available,
      String reason, int starting, int warm, int busy, String triggers) {}

  public record BucketRow(String name, String logicalId, String notifies) {}

  /** A queue; the counts are text because they are unknown ("–") until the queue service reports them. */
  public record QueueRow(String name, boolean fifo, String deadLetterQueue, String visible, String inFlight, String delayed) {}

  /** An HTTP route of API Gateway, as served on the HTTP API port. */
  public record RouteRow(String method, String path, String function, String url, String api) {}

  public record ScheduleRow(String name, String expression, String function, boolean enabled) {}
}
