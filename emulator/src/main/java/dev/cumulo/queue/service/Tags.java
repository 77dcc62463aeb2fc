package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsError;
import java.util.Map;

/** SQS tag limits: at most 50 tags per queue, keys of 1-128 characters, values of up to 256. */
final class Tags {
  static final int MAX_TAGS = 50;

  private Tags() {}

  static void check(Map<String, String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception("Too many tags added for queue. A queue can have up to 50 tags.");
    }
    tags.forEach(
        (key, value) -> {
          if (key == null || key.isEmpty() || key.length() > 128) {
            throw SqsError.INVALID_PARAMETER_VALUE.exception("Tag keys must be between 1 and 128 characters in length.");
          }
          if (value != null && value.length() > 256) {
            throw SqsError.INVALID_PARAMETER_VALUE.exception("Tag values may only be up to 256 characters in length.");
          }
        });
  }
}
