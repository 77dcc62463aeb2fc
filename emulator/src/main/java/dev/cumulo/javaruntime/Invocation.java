package dev.cumulo.javaruntime;

/**
 * One event from {@code /runtime/invocation/next}: the payload and the {@code Lambda-Runtime-*} headers that came with
 * it. Absent optional headers are null, except the function ARN which is empty, as in AWS's Java runtime.
 *
 * @param deadlineMs {@code Lambda-Runtime-Deadline-Ms}, epoch milliseconds; 0 when absent
 */
record Invocation(
    String requestId,
    String traceId,
    String invokedFunctionArn,
    long deadlineMs,
    String clientContext,
    String cognitoIdentity,
    String tenantId,
    byte[] payload) {}
