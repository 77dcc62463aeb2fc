package dev.cumulo.queue.api;

import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.model.wire.BatchResultErrorEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The rules every SQS batch request follows: 1 to 10 entries with distinct ids of up to 80 letters, digits, - and _. */
final class BatchEntries {
  static final int MAX_ENTRIES = 10;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private BatchEntries() {}

  static <E> void check(List<E> entries, Function<E, String> id, String entryName) {
    if (entries == null || entries.isEmpty()) {
      throw SqsError.EMPTY_BATCH_REQUEST.exception("There should be at least one " + entryName + " in the request.");
    }
    if (entries.size() > MAX_ENTRIES) {
      throw SqsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST.exception(
          "Maximum number of entries per request are " + MAX_ENTRIES + ". You have sent " + entries.size() + ".");
    }
    Set<String> seen = new HashSet<>();
    for (E entry : entries) {
      String value = id.apply(entry);
      if (value == null || !ID.matcher(value).matches()) {
        throw SqsError.INVALID_BATCH_ENTRY_ID.exception(
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.");
      }
      if (!seen.add(value)) {
        throw SqsError.BATCH_ENTRY_IDS_NOT_DISTINCT.exception("Id " + value + " repeated.");
      }
    }
  }

  static BatchResultErrorEntry failure(String id, SqsException e) {
    return new BatchResultErrorEntry(id, e.error().status() < 500, e.error().queryCode(), e.getMessage());
  }
}
