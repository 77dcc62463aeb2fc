package dev.cumulo.queue.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.RedrivePolicy;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Validates queue attributes as CreateQueue and SetQueueAttributes receive them and turns them into settings: ranges,
 * FIFO-only attributes, and redrive policies (target exists, is of the same type and allows this source).
 */
final class QueueSettingsParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, int[]> RANGES =
      Map.of(
          "DelaySeconds", new int[] {0, 900},
          "MaximumMessageSize", new int[] {1024, QueueSettings.DEFAULT_MAXIMUM_MESSAGE_SIZE},
          "MessageRetentionPeriod", new int[] {60, 1_209_600},
          "ReceiveMessageWaitTimeSeconds", new int[] {0, 20},
          "VisibilityTimeout", new int[] {0, 43_200},
          "KmsDataKeyReusePeriodSeconds", new int[] {60, 86_400});

  private final Function<String, Optional<QueueSettings>> queuesByArn;

  /** {@code queuesByArn} finds the settings of an existing queue, for checking dead-letter targets. */
  QueueSettingsParser(Function<String, Optional<QueueSettings>> queuesByArn) {
    this.queuesByArn = queuesByArn;
  }

  QueueSettings forNewQueue(boolean fifo, Map<String, String> requested, String queueArn) {
    return apply(new QueueSettings(QueueSettings.defaults(fifo)), requested, queueArn, true);
  }

  QueueSettings update(QueueSettings current, Map<String, String> changes, String queueArn) {
    return apply(current, changes, queueArn, false);
  }

  /** The values these attributes would have once applied, for comparing CreateQueue calls with an existing queue. */
  Map<String, String> normalize(boolean fifo, Map<String, String> requested, String queueArn) {
    Map<String, String> out = new TreeMap<>();
    QueueSettings applied = forNewQueue(fifo, requested, queueArn);
    requested.keySet().forEach(name -> out.put(name, applied.values().getOrDefault(name, "")));
    return out;
  }

  private QueueSettings apply(QueueSettings current, Map<String, String> changes, String queueArn, boolean creating) {
    boolean fifo = current.fifo();
    Map<String, String> values = new TreeMap<>(current.values());
    for (Map.Entry<String, String> change : new TreeMap<>(changes).entrySet()) {
      String name = change.getKey();
      String value = change.getValue() == null ? "" : change.getValue().trim();
      switch (name) {
        case "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds",
            "VisibilityTimeout", "KmsDataKeyReusePeriodSeconds" -> values.put(name, String.valueOf(integer(name, value)));
        case "SqsManagedSseEnabled" -> values.put(name, bool(name, value));
        case "KmsMasterKeyId" -> kmsKey(values, value);
        case "Policy", "RedriveAllowPolicy" -> optionalJson(values, name, value);
        case "RedrivePolicy" -> redrivePolicy(values, value, fifo, queueArn);
        case "FifoQueue" -> fifoQueue(fifo, value, creating);
        case "ContentBasedDeduplication" -> values.put(name, bool(fifoOnly(fifo, name, "Unknown Attribute " + name + "."), value));
        case "DeduplicationScope" -> values.put(name, oneOf(fifoOnly(fifo, name, onlyFifo(name)), value, "messageGroup", "queue"));
        case "FifoThroughputLimit" ->
            values.put(name, oneOf(fifoOnly(fifo, name, onlyFifo(name)), value, "perQueue", "perMessageGroupId"));
        default -> throw SqsError.INVALID_ATTRIBUTE_NAME.exception("Unknown Attribute " + name + ".");
      }
    }
    if ("perMessageGroupId".equals(values.get("FifoThroughputLimit")) && "queue".equals(values.get("DeduplicationScope"))) {
      throw SqsError.INVALID_ATTRIBUTE_VALUE.exception(
          "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup");
    }
    return new QueueSettings(values);
  }

  private static String onlyFifo(String name) {
    return "You can specify the " + name + " only when FifoQueue is set to true.";
  }

  private static String fifoOnly(boolean fifo, String name, String messageIfStandard) {
    if (!fifo) {
      throw SqsError.INVALID_ATTRIBUTE_NAME.exception(messageIfStandard);
    }
    return name;
  }

  private static void fifoQueue(boolean fifo, String value, boolean creating) {
    if (!fifo) {
      throw SqsError.INVALID_ATTRIBUTE_NAME.exception("Unknown Attribute FifoQueue.");
    }
    if (!"true".equals(bool("FifoQueue", value))) {
      throw SqsError.INVALID_ATTRIBUTE_VALUE.exception(
          creating
              ? "Invalid value for the parameter FifoQueue."
              : "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
    }
  }

  private static int integer(String name, String value) {
    int[] range = RANGES.get(name);
    try {
      int n = Integer.parseInt(value);
      if (n >= range[0] && n <= range[1]) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalidValue(name);
  }

  private static String bool(String name, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!lower.equals("true") && !lower.equals("false")) {
      throw invalidValue(name);
    }
    return lower;
  }

  private static String oneOf(String name, String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return a;
      }
    }
    throw invalidValue(name);
  }

  private static void kmsKey(Map<String, String> values, String value) {
    if (value.isEmpty()) {
      values.remove("KmsMasterKeyId");
      values.remove("KmsDataKeyReusePeriodSeconds");
      return;
    }
    values.put("KmsMasterKeyId", value);
    values.put("SqsManagedSseEnabled", "false");
    values.putIfAbsent("KmsDataKeyReusePeriodSeconds", "300");
  }

  private static void optionalJson(Map<String, String> values, String name, String value) {
    if (value.isEmpty()) {
      values.remove(name);
      return;
    }
    JsonNode node = parseObject(value).orElseThrow(() -> invalidValue(name));
    if (name.equals("RedriveAllowPolicy")) {
      RedriveAllowPolicy.check(node, value);
    }
    values.put(name, node.toString());
  }

  private void redrivePolicy(Map<String, String> values, String value, boolean fifo, String queueArn) {
    if (value.isEmpty()) {
      values.remove("RedrivePolicy");
      return;
    }
    JsonNode node = parseObject(value).orElseThrow(() -> redriveInvalid(value, "Redrive policy is not a valid JSON map."));
    for (String required : new String[] {"deadLetterTargetArn", "maxReceiveCount"}) {
      if (!node.hasNonNull(required)) {
        throw redriveInvalid(value, "Redrive policy does not contain mandatory attribute: " + required + ".");
      }
    }
    int maxReceiveCount;
    try {
      maxReceiveCount = Integer.parseInt(node.get("maxReceiveCount").asText());
    } catch (NumberFormatException e) {
      throw redriveInvalid(value, "Invalid value for maxReceiveCount: " + node.get("maxReceiveCount").asText() + ".");
    }
    if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
      throw redriveInvalid(
          value, "Invalid value for maxReceiveCount: " + maxReceiveCount + ", valid values are from 1 to 1000 both inclusive.");
    }
    String target = node.get("deadLetterTargetArn").asText();
    QueueSettings dlq = queuesByArn.apply(target).orElseThrow(() -> redriveInvalid(value, "Dead letter target does not exist."));
    if (dlq.fifo() != fifo) {
      throw redriveInvalid(value, "Dead-letter queue must be same type of queue as the source.");
    }
    if (!RedriveAllowPolicy.allows(dlq.values().get("RedriveAllowPolicy"), queueArn)) {
      throw redriveInvalid(value, "Dead-letter target's RedriveAllowPolicy does not allow this source queue.");
    }
    values.put("RedrivePolicy", new RedrivePolicy(target, maxReceiveCount).toJson());
  }

  private static Optional<JsonNode> parseObject(String value) {
    try {
      JsonNode node = JSON.readTree(value);
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static SqsException redriveInvalid(String value, String reason) {
    return SqsException.invalidParameter("RedrivePolicy", value, reason);
  }

  private static SqsException invalidValue(String name) {
    return SqsError.INVALID_ATTRIBUTE_VALUE.exception("Invalid value for the parameter " + name + ".");
  }
}
