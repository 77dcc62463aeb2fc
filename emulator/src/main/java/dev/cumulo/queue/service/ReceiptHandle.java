package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a receipt handle stands for: one receive (the {@code receiveCount}-th) of one message in one queue. A handle
 * stays "current" until the message is received again, so an old handle can be told from the latest one.
 */
record ReceiptHandle(long queueId, long seq, int receiveCount, String messageId) {

  String encode() {
    String text = "cumulo:" + queueId + ":" + seq + ":" + receiveCount + ":" + messageId;
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a handle given by a client; anything Cumulo did not issue is ReceiptHandleIsInvalid. */
  static ReceiptHandle decode(String handle) {
    try {
      String[] parts = new String(Base64.getDecoder().decode(handle), StandardCharsets.UTF_8).split(":", -1);
      if (parts.length == 5 && parts[0].equals("cumulo")) {
        return new ReceiptHandle(
            Long.parseLong(parts[1]), Long.parseLong(parts[2]), Integer.parseInt(parts[3]), parts[4]);
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below: not base64 or not numbers
    }
    throw invalid(handle);
  }

  static RuntimeException invalid(String handle) {
    return SqsError.RECEIPT_HANDLE_IS_INVALID.exception(
        "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
  }
}
