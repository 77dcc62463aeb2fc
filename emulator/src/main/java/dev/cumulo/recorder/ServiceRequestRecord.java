package dev.cumulo.recorder;

import dev.cumulo.metering.MeteredRequest;

/**
 * A metered request as the recorder keeps it.
 *
 * @param callerRequestId the invocation whose code sent the request (known from its trace header), empty when the
 *     request came from outside the emulator
 */
public record ServiceRequestRecord(MeteredRequest request, String callerRequestId) {

  public boolean fromAFunction() {
    return !callerRequestId.isEmpty();
  }
}
