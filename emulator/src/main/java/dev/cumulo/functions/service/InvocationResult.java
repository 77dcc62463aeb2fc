package dev.cumulo.functions.service;

import dev.cumulo.recorder.InvocationRecord;

/** A finished invocation: its record, and the last 4 KB of its log (base64) for {@code X-Amz-Log-Result}. */
public record InvocationResult(InvocationRecord record, String logTailBase64) {}
