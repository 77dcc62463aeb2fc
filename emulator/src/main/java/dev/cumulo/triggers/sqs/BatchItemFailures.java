package dev.cumulo.triggers.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a partial batch response ({@code {"batchItemFailures": [{"itemIdentifier": "<messageId>"}]}}) as Lambda does.
 * No response, {@code null}, an object without the list or an empty list is complete success; a response that is not
 * JSON or not an object, a list that is not one, and an entry without a non-empty {@code itemIdentifier} naming a
 * message of the batch are complete failure.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html">Handling errors for an
 *     SQS event source in Lambda</a>
 */
final class BatchItemFailures {
  private BatchItemFailures() {}

  /** The outcome: the message ids to keep, or why the whole batch failed. */
  record Reading(Set<String> failed, Optional<String> wholeBatchFailure) {
    static Reading wholeBatch(String why) {
      return new Reading(Set.of(), Optional.of(why));
    }
  }

  static Reading read(byte[] response, Set<String> messageIds) {
    if (response.length == 0) {
      return new Reading(Set.of(), Optional.empty());
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(response);
    } catch (IOException e) {
      return Reading.wholeBatch("the response is not JSON");
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new Reading(Set.of(), Optional.empty());
    }
    if (!root.isObject()) {
      return Reading.wholeBatch("the response is not an object");
    }
    JsonNode list = root.get("batchItemFailures");
    if (list == null || list.isNull()) {
      return new Reading(Set.of(), Optional.empty());
    }
    if (!list.isArray()) {
      return Reading.wholeBatch("batchItemFailures is not a list");
    }
    Set<String> failed = new LinkedHashSet<>();
    for (JsonNode item : list) {
      JsonNode id = item.get("itemIdentifier");
      if (id == null || !id.isTextual() || id.asText().isEmpty()) {
        return Reading.wholeBatch("an entry of batchItemFailures has no itemIdentifier");
      }
      if (!messageIds.contains(id.asText())) {
        return Reading.wholeBatch("itemIdentifier " + id.asText() + " is not the messageId of a record of the batch");
      }
      failed.add(id.asText());
    }
    return new Reading(failed, Optional.empty());
  }
}
