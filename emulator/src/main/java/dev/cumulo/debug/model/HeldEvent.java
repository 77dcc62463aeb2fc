package dev.cumulo.debug.model;

import dev.cumulo.functions.model.InvocationType;
import dev.cumulo.functions.model.Trigger;
import java.util.Optional;

/**
 * An event the debugger is holding before delivery: what it is, why it is held, and, when it is held because the
 * function failed on it, that failure.
 *
 * @param id the hold's id on the control API
 * @param attempt the attempt number it will be delivered as
 * @param heldAtMicros when it was held, epoch microseconds
 * @param errorType the error the function failed with, for {@link Reason#ERROR} holds
 * @param errorPayload what the function answered when it failed, for {@link Reason#ERROR} holds
 */
public record HeldEvent(
    String id,
    String requestId,
    String function,
    Trigger trigger,
    InvocationType type,
    int attempt,
    Reason reason,
    Optional<String> breakpointId,
    long heldAtMicros,
    byte[] payload,
    Optional<String> errorType,
    Optional<byte[]> errorPayload) {

  /** Why an event is held. */
  public enum Reason {
    /** An event breakpoint matched it. */
    BREAKPOINT,
    /** It is the first event after the developer stepped past the previous one. */
    STEP,
    /** The function failed on it and holds events that make it fail. */
    ERROR
  }
}
