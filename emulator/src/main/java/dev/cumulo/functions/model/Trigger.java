package dev.cumulo.functions.model;

/**
 * What delivered an event to a function: the source kind and a short human detail ("GET /hello/{name}",
 * "photos/cat.jpg", "orders-queue", "rate(5 minutes)").
 */
public record Trigger(Source source, String detail) {

  /** The kinds of event source. */
  public enum Source {
    DIRECT,
    HTTP,
    S3,
    SQS,
    SCHEDULE,
    REPLAY,
    RETRY,
    /** A memory sweep's re-run of a captured event at another memory size: not part of the workload. */
    SWEEP
  }

  public static Trigger direct() {
    return new Trigger(Source.DIRECT, "Invoke");
  }
}
