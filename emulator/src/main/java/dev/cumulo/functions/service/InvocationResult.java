package dev.cumulo.functions.service;

import dev.cumulo.recorder.InvocationRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** A finished invocation: its record, and the end of its log, which {@code X-Amz-Log-Result} carries when asked. */
public record InvocationResult(InvocationRecord record, List<String> logTail) {
  private static final int TAIL_BYTES = 4096;

  public InvocationResult {
    logTail = List.copyOf(logTail);
  }

  /** The last 4 KB of the log, base64-encoded; encoded only for the callers that ask for it. */
  public String logTailBase64() {
    byte[] all = (String.join("\n", logTail) + "\n").getBytes(StandardCharsets.UTF_8);
    int from = Math.max(0, all.length - TAIL_BYTES);
    return Base64.getEncoder().encodeToString(Arrays.copyOfRange(all, from, all.length));
  }
}
