package dev.cumulo.queue.service;

import dev.cumulo.queue.model.QueueChange;
import dev.cumulo.queue.model.QueueInfo;
import dev.cumulo.queue.model.QueueSettings;
import dev.cumulo.queue.model.SqsError;
import dev.cumulo.queue.model.SqsException;
import dev.cumulo.queue.store.QueueRow;
import dev.cumulo.queue.store.QueueTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creating, finding, listing and deleting queues. CreateQueue is idempotent: an existing queue is returned when every
 * attribute given matches its value, else QueueNameExists (query code QueueAlreadyExists) names the first that differs.
 */
public final class QueueAdmin {
  private final QueueRegistry registry;
  private final QueueTable table;
  private final QueueSettingsParser parser;
  private final QueueContext ctx;
  private final AtomicLong lastId;

  QueueAdmin(QueueRegistry registry, QueueTable table, QueueSettingsParser parser, QueueContext ctx, long lastId) {
    this.registry = registry;
    this.table = table;
    this.parser = parser;
    this.ctx = ctx;
    this.lastId = new AtomicLong(lastId);
  }

  public QueueInfo create(String name, Map<String, String> attributes, Map<String, String> tags) {
    if (name == null || name.isEmpty()) {
      throw SqsException.missingParameter("QueueName");
    }
    boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoQueue", "").trim());
    QueueNames.validate(name, fifo);
    Tags.check(tags);
    String arn = registry.names().arn(name);
    synchronized (registry) {
      Optional<Queue> existing = registry.byName(name);
      if (existing.isPresent()) {
        requireSameAttributes(existing.get(), parser.normalize(fifo, attributes, arn));
        return existing.get().info();
      }
      QueueSettings settings = parser.forNewQueue(fifo, attributes, arn);
      long now = ctx.clock().millis();
      Queue queue = new Queue(lastId.incrementAndGet(), registry.names().info(name), settings, tags, now, now, ctx);
      Futures.join(table.save(row(queue)));
      registry.put(queue);
      queue.changed(QueueChange.Kind.CREATED);
      return queue.info();
    }
  }

  private static void requireSameAttributes(Queue queue, Map<String, String> requested) {
    Map<String, String> current = queue.settings().values();
    for (Map.Entry<String, String> e : requested.entrySet()) {
      if (!e.getValue().equals(current.getOrDefault(e.getKey(), ""))) {
        throw SqsError.QUEUE_NAME_EXISTS.exception(
            "A queue already exists with the same name and a different value for attribute " + e.getKey());
      }
    }
  }

  static QueueRow row(Queue queue) {
    return new QueueRow(
        queue.id(), queue.info().name(), queue.settings().values(), queue.tags(), queue.createdMs(), queue.modifiedMs());
  }

  /** Deletes a queue and its messages; receivers waiting on it get nothing. */
  public void delete(String queueUrl) {
    Queue queue = registry.require(queueUrl);
    synchronized (registry) {
      registry.remove(queue);
      queue.markDeleted();
    }
    Futures.join(table.delete(queue.id()));
    queue.changed(QueueChange.Kind.DELETED);
  }

  public QueueInfo urlOf(String name) {
    if (name == null || name.isEmpty()) {
      throw SqsException.missingParameter("QueueName");
    }
    return registry.byName(name).map(Queue::info).orElseThrow(SqsException::queueDoesNotExist);
  }

  public Optional<QueueInfo> find(String urlArnOrName) {
    Optional<Queue> byArn = registry.byArn(urlArnOrName);
    return byArn.or(() -> registry.names().nameFromUrl(urlArnOrName).flatMap(registry::byName)).map(Queue::info);
  }

  public Page list(String prefix, Integer maxResults, String nextToken) {
    List<Queue> matching =
        registry.all().stream().filter(q -> prefix == null || q.info().name().startsWith(prefix)).toList();
    return Paging.page(matching, maxResults, nextToken);
  }

  public List<QueueInfo> all() {
    return registry.all().stream().map(Queue::info).toList();
  }
}
