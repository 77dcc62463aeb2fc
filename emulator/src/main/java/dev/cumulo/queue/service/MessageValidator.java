package dev.cumulo.queue.service;

import dev.cumulo.queue.model.MessageAttribute;
import dev.cumulo.queue.model.OutgoingMessage;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks SQS makes on a message before accepting it, with its messages. FIFO fields are checked for a whole
 * request (a batch fails as a whole); content and size for each message (a batch entry fails alone).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html">Message quotas</a>
 */
public final class MessageValidator {
  public static final int MAX_ATTRIBUTES = 10;
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
  private static final Pattern GROUP_OR_DEDUP_ID = Pattern.compile("[A-Za-z0-9!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]{1,128}");
  private static final BigDecimal NUMBER_MAX = new BigDecimal("1E126");
  private static final BigDecimal NUMBER_MIN = new BigDecimal("-1E128");

  private MessageValidator() {}

  /** Group and deduplication ids: required, forbidden or well-formed depending on the queue type. */
  public static void checkFifoFields(OutgoingMessage m, QueueSettings queue, boolean inBatch) {
    m.groupId().ifPresent(id -> checkId("MessageGroupId", id));
    m.deduplicationId().ifPresent(id -> checkId("MessageDeduplicationId", id));
    if (!queue.fifo()) {
      if (m.deduplicationId().isPresent()) {
        throw notForThisQueueType("MessageDeduplicationId", m.deduplicationId().get());
      }
      return;
    }
    if (m.groupId().isEmpty()) {
      throw inBatch
          ? SqsError.INVALID_PARAMETER_VALUE.exception("The request must contain the parameter MessageGroupId.")
          : SqsException.missingParameter("MessageGroupId");
    }
    if (m.deduplicationId().isEmpty() && !queue.contentBasedDeduplication()) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
    }
  }

  /** Body, delay, attributes and size; returns the message's size as SQS counts it. */
  public static int checkContent(OutgoingMessage m, QueueSettings queue, boolean inBatch) {
    if (m.body() == null || m.body().isEmpty()) {
      throw SqsException.missingParameter("MessageBody");
    }
    checkCharacters(m.body());
    if (m.delaySeconds().isPresent()) {
      int delay = m.delaySeconds().getAsInt();
      if (delay < 0 || delay > 900) {
        throw SqsException.invalidParameter("DelaySeconds", delay, "DelaySeconds must be >= 0 and <= 900.");
      }
      if (queue.fifo() && delay != 0) {
        throw notForThisQueueType("DelaySeconds", delay);
      }
    }
    if (m.attributes().size() > MAX_ATTRIBUTES) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "Number of message attributes [" + m.attributes().size() + "] exceeds the allowed maximum [" + MAX_ATTRIBUTES + "].");
    }
    int size = utf8Length(m.body());
    for (Map.Entry<String, MessageAttribute> e : m.attributes().entrySet()) {
      size += checkAttribute(e.getKey(), e.getValue());
    }
    if (size > queue.maximumMessageSize()) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "One or more parameters " + (inBatch ? "cannot be validated" : "are invalid")
              + ". Reason: Message must be shorter than " + queue.maximumMessageSize() + " bytes.");
    }
    return size;
  }

  private static int checkAttribute(String name, MessageAttribute value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!ATTRIBUTE_NAME.matcher(name).matches() || lower.startsWith("aws.") || lower.startsWith("amazon.")
        || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "Message (user) attribute name '" + name + "' is invalid. The attribute name can contain A-Z, a-z, 0-9, "
              + "underscore (_), hyphen (-), and period (.) characters.");
    }
    String type = value.dataType();
    if (type == null || type.isEmpty()) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "The message attribute '" + name + "' must contain non-empty message attribute type.");
    }
    String base = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
    if (!base.equals("String") && !base.equals("Number") && !base.equals("Binary") || type.length() > 256) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "The type of message (user) attribute '" + name + "' is invalid. You must use only the following supported "
              + "type prefixes: Binary, Number, String.");
    }
    boolean binary = base.equals("Binary");
    boolean empty = binary ? value.binaryValue() == null || value.binaryValue().length == 0
        : value.stringValue() == null || value.stringValue().isEmpty();
    if (empty) {
      throw SqsError.INVALID_PARAMETER_VALUE.exception(
          "Message (user) attribute '" + name + "' must contain a non-empty value of type '" + base + "'.");
    }
    if (base.equals("Number")) {
      checkNumber(name, value.stringValue());
    }
    if (!binary) {
      checkCharacters(value.stringValue());
    }
    int valueSize = binary ? value.binaryValue().length : utf8Length(value.stringValue());
    return utf8Length(name) + utf8Length(type) + valueSize;
  }

  private static void checkNumber(String name, String text) {
    try {
      BigDecimal n = new BigDecimal(text.trim());
      if (n.precision() <= 38 && n.compareTo(NUMBER_MAX) <= 0 && n.compareTo(NUMBER_MIN) >= 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw SqsError.INVALID_PARAMETER_VALUE.exception(
        "Can't cast the value of message (user) attribute '" + name + "' to a number.");
  }

  /** Only characters XML 1.0 allows: #x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF. */
  static void checkCharacters(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean allowed =
          c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed) {
        throw SqsError.INVALID_MESSAGE_CONTENTS.exception(
            "Invalid binary character '#x" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "' was found in the message"
                + " body, the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |"
                + " [#x10000-#x10FFFF].");
      }
      i += Character.charCount(c);
    }
  }

  private static void checkId(String parameter, String id) {
    if (!GROUP_OR_DEDUP_ID.matcher(id).matches()) {
      throw SqsException.invalidParameter(
          parameter, id, parameter + " can only include alphanumeric and punctuation characters. 1 to 128 in length.");
    }
  }

  private static SqsException notForThisQueueType(String parameter, Object value) {
    return SqsException.invalidParameter(parameter, value, "The request include parameter that is not valid for this queue type.");
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
