package dev.cumulo.queue.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A queue's configurable attributes as SQS reports them (normalised strings, sorted by name), with typed views of the
 * ones the service acts on. Values are validated before a settings object is built.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html">SetQueueAttributes</a>
 */
public final class QueueSettings {
  public static final int DEFAULT_MAXIMUM_MESSAGE_SIZE = 1_048_576;

  private final Map<String, String> values;
  private final boolean fifo;
  private final int delaySeconds;
  private final int maximumMessageSize;
  private final int messageRetentionPeriod;
  private final int receiveMessageWaitTimeSeconds;
  private final int visibilityTimeout;
  private final boolean contentBasedDeduplication;
  private final boolean deduplicationPerGroup;
  private final Optional<RedrivePolicy> redrivePolicy;

  public QueueSettings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.fifo = "true".equals(values.get("FifoQueue"));
    this.delaySeconds = Integer.parseInt(values.get("DelaySeconds"));
    this.maximumMessageSize = Integer.parseInt(values.get("MaximumMessageSize"));
    this.messageRetentionPeriod = Integer.parseInt(values.get("MessageRetentionPeriod"));
    this.receiveMessageWaitTimeSeconds = Integer.parseInt(values.get("ReceiveMessageWaitTimeSeconds"));
    this.visibilityTimeout = Integer.parseInt(values.get("VisibilityTimeout"));
    this.contentBasedDeduplication = "true".equals(values.get("ContentBasedDeduplication"));
    this.deduplicationPerGroup = "messageGroup".equals(values.get("DeduplicationScope"));
    this.redrivePolicy = Optional.ofNullable(values.get("RedrivePolicy")).map(RedrivePolicy::fromJson);
  }

  /** What a new queue has before any attribute is set. */
  public static Map<String, String> defaults(boolean fifo) {
    Map<String, String> d = new TreeMap<>();
    d.put("DelaySeconds", "0");
    d.put("MaximumMessageSize", String.valueOf(DEFAULT_MAXIMUM_MESSAGE_SIZE));
    d.put("MessageRetentionPeriod", "345600");
    d.put("ReceiveMessageWaitTimeSeconds", "0");
    d.put("VisibilityTimeout", "30");
    d.put("SqsManagedSseEnabled", "true");
    if (fifo) {
      d.put("FifoQueue", "true");
      d.put("ContentBasedDeduplication", "false");
      d.put("DeduplicationScope", "queue");
      d.put("FifoThroughputLimit", "perQueue");
    }
    return d;
  }

  /** The configured attributes by name, sorted. */
  public Map<String, String> values() {
    return values;
  }

  public boolean fifo() {
    return fifo;
  }

  public int delaySeconds() {
    return delaySeconds;
  }

  public int maximumMessageSize() {
    return maximumMessageSize;
  }

  public int messageRetentionPeriod() {
    return messageRetentionPeriod;
  }

  public int receiveMessageWaitTimeSeconds() {
    return receiveMessageWaitTimeSeconds;
  }

  public int visibilityTimeout() {
    return visibilityTimeout;
  }

  public boolean contentBasedDeduplication() {
    return contentBasedDeduplication;
  }

  /** Whether deduplication ids are scoped to a message group (high-throughput FIFO) rather than the queue. */
  public boolean deduplicationPerGroup() {
    return deduplicationPerGroup;
  }

  public Optional<RedrivePolicy> redrivePolicy() {
    return redrivePolicy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueueSettings other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
