package dev.cumulo.cost.usage;

/**
 * One request to a service other than Lambda.
 *
 * @param resource the bucket, queue, API or schedule name (a queue name ending in {@code .fifo} is a FIFO queue)
 * @param operation the API action ({@code PutObject}, {@code SendMessage}, ...; {@code Invoke} for API Gateway and
 *     scheduler deliveries)
 * @param payloadBytes the metered payload: the message bodies of an SQS send or receive, an HTTP API request, a
 *     scheduled event
 * @param responseBytes the bytes returned to the caller (data transfer out when the caller is on the internet)
 */
public record ServiceRequestUsage(
    Service service, String resource, String operation, long payloadBytes, long responseBytes, Origin origin) {

  public ServiceRequestUsage {
    if (service == null || origin == null) {
      throw new IllegalArgumentException("service and origin are required");
    }
    if (resource == null || operation == null || operation.isBlank()) {
      throw new IllegalArgumentException(service + ": resource and operation are required");
    }
    if (payloadBytes < 0 || responseBytes < 0) {
      throw new IllegalArgumentException(service + " " + operation + ": sizes must not be negative");
    }
  }
}
