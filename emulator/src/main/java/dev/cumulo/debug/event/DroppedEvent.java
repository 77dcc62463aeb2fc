package dev.cumulo.debug.event;

import dev.cumulo.functions.model.InvocationRequest;
import dev.cumulo.functions.model.Outcome;

/**
 * The outcome of an event dropped at a breakpoint: an invocation failure, so each caller reacts as it does to any
 * failed invocation (Invoke answers 200 with {@code X-Amz-Function-Error: Unhandled}, API Gateway its function-failed
 * error, an SQS batch returns to its queue).
 */
final class DroppedEvent {
  private DroppedEvent() {}

  static Outcome outcome(InvocationRequest request, String why) {
    return new Outcome.FunctionError(EventHolds.DROPPED_ERROR_TYPE,
        Outcome.errorJson(EventHolds.DROPPED_ERROR_TYPE, "RequestId: " + request.requestId() + " Error: " + why));
  }
}
