package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueCounts;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.store.QueueTable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** GetQueueAttributes, SetQueueAttributes, tags and ListDeadLetterSourceQueues. */
public final class QueueAttributes {
  private static final Set<String> KNOWN =
      Set.of(
          "All", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesDelayed", "ApproximateNumberOfMessagesNotVisible",
          "CreatedTimestamp", "DelaySeconds", "LastModifiedTimestamp", "MaximumMessageSize", "MessageRetentionPeriod",
          "Policy", "QueueArn", "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "RedrivePolicy", "RedriveAllowPolicy",
          "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled", "FifoQueue", "ContentBasedDeduplication",
          "DeduplicationScope", "FifoThroughputLimit");

  private final QueueRegistry registry;
  private final QueueTable table;
  private final QueueSettingsParser parser;

  QueueAttributes(QueueRegistry registry, QueueTable table, QueueSettingsParser parser) {
    this.registry = registry;
    this.table = table;
    this.parser = parser;
  }

  /** The named attributes ({@code All} for every one); unknown names are InvalidAttributeName. */
  public Map<String, String> get(String queueUrl, Collection<String> names) {
    Queue queue = registry.require(queueUrl);
    for (String name : names) {
      if (!KNOWN.contains(name)) {
        throw SqsError.INVALID_ATTRIBUTE_NAME.exception("Unknown Attribute " + name + ".");
      }
    }
    if (names.isEmpty()) {
      return Map.of();
    }
    Map<String, String> all = new TreeMap<>(queue.settings().values());
    QueueCounts counts = queue.counts();
    all.put("ApproximateNumberOfMessages", String.valueOf(counts.visible()));
    all.put("ApproximateNumberOfMessagesNotVisible", String.valueOf(counts.inFlight()));
    all.put("ApproximateNumberOfMessagesDelayed", String.valueOf(counts.delayed()));
    all.put("CreatedTimestamp", String.valueOf(queue.createdMs() / 1000));
    all.put("LastModifiedTimestamp", String.valueOf(queue.modifiedMs() / 1000));
    all.put("QueueArn", queue.info().arn());
    if (!names.contains("All")) {
      all.keySet().retainAll(Set.copyOf(names));
    }
    return all;
  }

  public void set(String queueUrl, Map<String, String> changes) {
    Queue queue = registry.require(queueUrl);
    update(queue, current -> parser.update(current, changes, queue.info().arn()), tags -> tags);
    queue.changed(QueueChange.Kind.ATTRIBUTES_CHANGED);
  }

  public Map<String, String> tags(String queueUrl) {
    return registry.require(queueUrl).tags();
  }

  public void tag(String queueUrl, Map<String, String> tags) {
    update(registry.require(queueUrl), s -> s, current -> {
      Map<String, String> merged = new HashMap<>(current);
      merged.putAll(tags);
      Tags.check(merged);
      return merged;
    });
  }

  public void untag(String queueUrl, Collection<String> keys) {
    update(registry.require(queueUrl), s -> s, current -> {
      Map<String, String> rest = new HashMap<>(current);
      keys.forEach(rest::remove);
      return rest;
    });
  }

  /** Changes settings or tags and stores them, under the queue's lock so that stored rows follow the changes' order. */
  void update(Queue queue, UnaryOperator<QueueSettings> settings, UnaryOperator<Map<String, String>> tags) {
    CompletableFuture<Void> saved;
    synchronized (queue) {
      queue.requireLive();
      queue.reconfigure(settings.apply(queue.settings()), tags.apply(queue.tags()), queue.context().clock().millis());
      saved = table.save(QueueAdmin.row(queue));
    }
    Futures.join(saved);
  }

  /** The queues whose redrive policy names this queue as their dead-letter queue. */
  public Page deadLetterSources(String queueUrl, Integer maxResults, String nextToken) {
    String arn = registry.require(queueUrl).info().arn();
    List<Queue> sources =
        registry.all().stream()
            .filter(q -> q.settings().redrivePolicy().map(p -> p.deadLetterTargetArn().equals(arn)).orElse(false))
            .toList();
    return Paging.page(sources, maxResults, nextToken);
  }
}
