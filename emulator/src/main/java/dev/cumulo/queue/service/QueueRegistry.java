package dev.cumulo.queue.service;

import dev.cumulo.queue.model.SqsException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The live queues by name, and lookups by the ways clients name a queue: QueueUrl (or bare name) and ARN. */
final class QueueRegistry {
  private final ConcurrentHashMap<String, Queue> byName = new ConcurrentHashMap<>();
  private final QueueNames names;

  QueueRegistry(QueueNames names) {
    this.names = names;
  }

  QueueNames names() {
    return names;
  }

  void put(Queue queue) {
    byName.put(queue.info().name(), queue);
  }

  void remove(Queue queue) {
    byName.remove(queue.info().name(), queue);
  }

  Optional<Queue> byName(String name) {
    return Optional.ofNullable(name).map(byName::get);
  }

  Optional<Queue> byArn(String arn) {
    return names.nameFromArn(arn).flatMap(this::byName);
  }

  /** The queue a QueueUrl parameter (or, for in-process callers, an ARN) names, or QueueDoesNotExist. */
  Queue require(String queueUrl) {
    if (queueUrl == null || queueUrl.isEmpty()) {
      throw SqsException.missingParameter("QueueUrl");
    }
    Optional<Queue> queue = queueUrl.startsWith("arn:") ? byArn(queueUrl) : names.nameFromUrl(queueUrl).flatMap(this::byName);
    return queue.orElseThrow(SqsException::queueDoesNotExist);
  }

  /** Every queue, sorted by name. */
  List<Queue> all() {
    return byName.values().stream().sorted(Comparator.comparing(q -> q.info().name())).toList();
  }
}
