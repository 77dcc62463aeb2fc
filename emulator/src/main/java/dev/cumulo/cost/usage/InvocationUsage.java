package dev.cumulo.cost.usage;

import dev.cumulo.cost.Architecture;

/**
 * One function invocation as measured here. The engine works out the billed duration itself (rounded up to the
 * millisecond, INIT included on a cold start), so a recorder passes what it measured, not what it billed.
 *
 * @param function the function name as deployed
 * @param memoryMb configured memory (128 to 10,240)
 * @param ephemeralStorageMb configured {@code /tmp} size (512 to 10,240); above 512 MB is billed
 * @param durationMs the INVOKE phase as measured, fractional milliseconds
 * @param initDurationMs the INIT phase, on a cold start; 0 otherwise
 * @param requestPayloadBytes the event's size (asynchronous events above 256 KB cost extra requests)
 * @param responsePayloadBytes the response's size
 */
public record InvocationUsage(
    String function,
    Architecture architecture,
    int memoryMb,
    int ephemeralStorageMb,
    double durationMs,
    double initDurationMs,
    boolean coldStart,
    long requestPayloadBytes,
    long responsePayloadBytes,
    Trigger trigger) {

  public static final int MIN_MEMORY_MB = 128;
  public static final int MAX_MEMORY_MB = 10_240;
  public static final int MIN_EPHEMERAL_MB = 512;

  public InvocationUsage {
    if (function == null || function.isBlank()) {
      throw new IllegalArgumentException("function must be named");
    }
    if (architecture == null || trigger == null) {
      throw new IllegalArgumentException(function + ": architecture and trigger are required");
    }
    if (memoryMb < MIN_MEMORY_MB || memoryMb > MAX_MEMORY_MB) {
      throw new IllegalArgumentException(function + ": memoryMb must be 128 to 10240, was " + memoryMb);
    }
    if (ephemeralStorageMb < MIN_EPHEMERAL_MB || ephemeralStorageMb > MAX_MEMORY_MB) {
      throw new IllegalArgumentException(
          function + ": ephemeralStorageMb must be 512 to 10240, was " + ephemeralStorageMb);
    }
    if (!(durationMs >= 0) || !(initDurationMs >= 0) || Double.isInfinite(durationMs + initDurationMs)) {
      throw new IllegalArgumentException(function + ": durations must be finite and not negative");
    }
    if (requestPayloadBytes < 0 || responsePayloadBytes < 0) {
      throw new IllegalArgumentException(function + ": payload sizes must not be negative");
    }
  }

  /** A warm invocation with default storage and no payloads: what tests and sweeps need. */
  public static InvocationUsage warm(String function, Architecture architecture, int memoryMb, double durationMs) {
    return new InvocationUsage(
        function, architecture, memoryMb, MIN_EPHEMERAL_MB, durationMs, 0, false, 0, 0, Trigger.INVOKE);
  }

  public InvocationUsage withArchitecture(Architecture other) {
    return new InvocationUsage(
        function, other, memoryMb, ephemeralStorageMb, durationMs, initDurationMs, coldStart, requestPayloadBytes,
        responsePayloadBytes, trigger);
  }
}
