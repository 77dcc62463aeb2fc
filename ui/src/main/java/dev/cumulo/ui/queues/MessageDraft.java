package dev.cumulo.ui.queues;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.OutgoingMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A message the user writes in the send dialog: a body, string attributes as {@code name=value} lines, a delay, and
 * for FIFO queues a group and deduplication id. Converted to what SendMessage receives; the queue service checks it as
 * SQS would.
 */
public record MessageDraft(String body, String attributeLines, int delaySeconds, String groupId, String deduplicationId) {

  /** The attribute lines as message attributes; throws {@link IllegalArgumentException} naming a malformed line. */
  public Map<String, MessageAttribute> attributes() {
    Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
    int number = 0;
    for (String line : attributeLines.split("\n")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("Attribute line " + number + " should read name=value: " + line.strip());
      }
      attributes.put(line.substring(0, eq).strip(), MessageAttribute.string("String", line.substring(eq + 1).strip()));
    }
    return attributes;
  }

  public OutgoingMessage toOutgoing() {
    OutgoingMessage message = OutgoingMessage.of(body).withAttributes(attributes());
    if (delaySeconds > 0) {
      message = message.withDelay(delaySeconds);
    }
    if (!groupId.isBlank()) {
      message = message.inGroup(groupId.strip(), deduplicationId.isBlank() ? null : deduplicationId.strip());
    }
    return message;
  }

  public Optional<String> problem() {
    try {
      attributes();
      return body.isEmpty() ? Optional.of("The message body must not be empty.") : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }
}
