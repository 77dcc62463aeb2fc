package dev.cumulo.metering;

/**
 * One request to a service other than Lambda, as a bill counts it.
 *
 * @param service one of the service names in {@link Metering}
 * @param resource the bucket, queue, API or schedule
 * @param operation the AWS operation ({@code PutObject}, {@code SendMessageBatch}, {@code Invoke}, ...)
 * @param payloadBytes what the caller sent
 * @param responseBytes what the caller got back
 * @param traceHeader the request's {@code X-Amzn-Trace-Id}, empty when it had none (tells a function's calls apart)
 */
public record MeteredRequest(
    String service,
    String resource,
    String operation,
    long payloadBytes,
    long responseBytes,
    long timeMicros,
    String traceHeader) {}
