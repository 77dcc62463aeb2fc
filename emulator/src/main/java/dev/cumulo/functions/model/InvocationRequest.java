package dev.cumulo.functions.model;

import java.util.Optional;

/**
 * A request to run a function once.
 *
 * @param clientContext the base64 client context of a mobile SDK caller, passed on to the runtime as sent
 * @param traceId the X-Ray trace header value ({@code Root=1-...;Parent=...;Sampled=0}) that links the chain of causes
 * @param parentRequestId the request id of the invocation whose action caused this one, when known
 */
public record InvocationRequest(
    String requestId,
    String functionName,
    byte[] payload,
    InvocationType type,
    Optional<String> clientContext,
    Optional<String> cognitoIdentity,
    String traceId,
    Trigger trigger,
    Optional<String> parentRequestId) {

  public InvocationRequest withPayload(byte[] newPayload) {
    return new InvocationRequest(
        requestId, functionName, newPayload, type, clientContext, cognitoIdentity, traceId, trigger, parentRequestId);
  }

  public InvocationRequest withRequestId(String id) {
    return new InvocationRequest(id, functionName, payload, type, clientContext, cognitoIdentity, traceId, trigger, parentRequestId);
  }
}
